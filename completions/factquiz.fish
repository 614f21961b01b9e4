function __factquiz_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __factquiz_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __factquiz_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __factquiz_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __factquiz_parse_tokens -S
    set -l unparsed_tokens (__factquiz_tokens -pc)
    switch $unparsed_tokens[1]
    case 'factquiz'
        __factquiz_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'play'
            __factquiz_parse_subcommand -r 1 'seed=' 'count=' 'skills=+' 'kinds=+' 'difficulty=+' 'mode=' 'player=' 'results=' 'version' 'h/help'
        case 'passages'
            __factquiz_parse_subcommand -r 1 'published=' 'verbose' 'format=' 'version' 'h/help'
        case 'claims'
            __factquiz_parse_subcommand -r 1 'published=' 'verbose' 'format=' 'kind=+' 'version' 'h/help'
        case 'check'
            __factquiz_parse_subcommand -r 1 'published=' 'verbose' 'format=' 'min-confidence=' 'version' 'h/help'
        case 'compile'
            __factquiz_parse_subcommand 1 'o/output=' 'diagnostics=' 'verbose' 'version' 'h/help'
        case 'lint'
            __factquiz_parse_subcommand 1 'diagnostics=' 'strict' 'version' 'h/help'
        case 'new'
            __factquiz_parse_subcommand 1 'version' 'h/help'
        case 'review'
            __factquiz_parse_subcommand -r 1 'list' 'count=' 'player=' 'version' 'h/help'
        case 'stats'
            __factquiz_parse_subcommand 0 'format=' 'player=' 'version' 'h/help'
        case 'report'
            __factquiz_parse_subcommand -r 1 'format=' 'pack=' 'version' 'h/help'
        case 'export'
            __factquiz_parse_subcommand 1 'format=' 'o/output=' 'no-articles' 'version' 'h/help'
        case 'import'
            __factquiz_parse_subcommand 1 'o/output=' 'id=' 'title=' 'version' 'h/help'
        case 'help'
            __factquiz_parse_subcommand -r 1 'version'
        end
    end
end

function __factquiz_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __factquiz_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __factquiz_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __factquiz_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__factquiz_tokens -p)
    if test -z "$(__factquiz_tokens -t)"
        set -l index (count (__factquiz_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'factquiz' -f
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz" version' -l 'version' -d 'Show the version.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_positional "factquiz" -eq 1' -fa 'play' -d 'Play a quiz: the built-in pack, or the packs you name.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_positional "factquiz" -eq 1' -fa 'passages' -d 'Show the passages (sentences) of articles with their citation ids.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_positional "factquiz" -eq 1' -fa 'claims' -d 'Show the claims (numbers, dates, quotes, sources, ...) found in articles.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_positional "factquiz" -eq 1' -fa 'check' -d 'Find passages that cannot all be true, within an article and across articles.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_positional "factquiz" -eq 1' -fa 'compile' -d 'Compile a pack folder into a pack the game plays.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_positional "factquiz" -eq 1' -fa 'lint' -d 'Check a pack folder without writing a compiled pack.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_positional "factquiz" -eq 1' -fa 'new' -d 'Create a new pack folder with a commented pack.yaml and an example article.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_positional "factquiz" -eq 1' -fa 'review' -d 'Review the questions you missed or were unsure of, due ones first (Leitner boxes).'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_positional "factquiz" -eq 1' -fa 'stats' -d 'Show your progress over time: accuracy per skill and per pack, and calibration.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_positional "factquiz" -eq 1' -fa 'report' -d 'Pool a class\'s exam results: scores, item analysis, most-missed questions, calibration.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_positional "factquiz" -eq 1' -fa 'export' -d 'Export a pack as Moodle GIFT questions or a printable Markdown worksheet.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_positional "factquiz" -eq 1' -fa 'import' -d 'Import Moodle GIFT questions into a new pack folder.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_positional "factquiz" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz play" seed' -l 'seed' -d 'Same seed, same questions in the same order (give one seed to a whole class).' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz play" count' -l 'count' -d 'How many questions.' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz play"' -l 'skills' -d 'Only questions training these skills, comma-separated: numbers, dates-and-timelines, quotes, sourcing, people-and-places, internal-consistency, cross-source.' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz play"' -l 'kinds' -d 'Only these kinds of question, comma-separated: true-false, fact-check, spot-the-inconsistency, multiple-choice (or tf, fc, spot, mc).' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz play"' -l 'difficulty' -d 'Only these difficulties, comma-separated: easy, medium, hard.' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz play" mode' -l 'mode' -d 'practice: feedback after each answer; exam: no feedback, hints or score until the end.' -rfka 'practice exam'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz play" player' -l 'player' -d 'Your name, for your progress and results files (default: your login name).' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz play" results' -l 'results' -d 'Also write a results file for the teacher into this folder.' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz play" version' -l 'version' -d 'Show the version.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz play" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz passages" published' -l 'published' -d 'Published date for articles that do not state one.' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz passages" verbose' -l 'verbose' -d 'Also report the boilerplate dropped from each article.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz passages" format' -l 'format' -d 'Output format.' -rfka 'text json'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz passages" version' -l 'version' -d 'Show the version.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz passages" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz claims" published' -l 'published' -d 'Published date for articles that do not state one.' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz claims" verbose' -l 'verbose' -d 'Also report the boilerplate dropped from each article.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz claims" format' -l 'format' -d 'Output format.' -rfka 'text json'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz claims"' -l 'kind' -d 'Only claims of these kinds (repeatable).' -rfka 'number percentage money date weekday-date duration age year span quote attribution role location'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz claims" version' -l 'version' -d 'Show the version.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz claims" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz check" published' -l 'published' -d 'Published date for articles that do not state one.' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz check" verbose' -l 'verbose' -d 'Also report the boilerplate dropped from each article.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz check" format' -l 'format' -d 'Output format.' -rfka 'text json'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz check" min-confidence' -l 'min-confidence' -d 'Only findings at least this likely (0 to 1).' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz check" version' -l 'version' -d 'Show the version.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz compile" o output' -l 'output' -s 'o' -d 'Write the compiled pack here instead of standard output.' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz compile" diagnostics' -l 'diagnostics' -d 'How to print diagnostics.' -rfka 'text json'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz compile" verbose' -l 'verbose' -d 'Also report the boilerplate dropped from each article.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz compile" version' -l 'version' -d 'Show the version.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz compile" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz lint" diagnostics' -l 'diagnostics' -d 'How to print diagnostics.' -rfka 'text json'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz lint" strict' -l 'strict' -d 'Treat warnings as errors.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz lint" version' -l 'version' -d 'Show the version.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz lint" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz new" version' -l 'version' -d 'Show the version.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz new" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz review" list' -l 'list' -d 'List the review queue (due first) instead of playing it.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz review" count' -l 'count' -d 'At most this many questions in the session.' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz review" player' -l 'player' -d 'Only this player\'s answers (default: everyone\'s on this machine).' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz review" version' -l 'version' -d 'Show the version.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz review" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz stats" format' -l 'format' -d 'Output format.' -rfka 'text json'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz stats" player' -l 'player' -d 'Only this player\'s answers (default: everyone\'s on this machine).' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz stats" version' -l 'version' -d 'Show the version.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz stats" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz report" format' -l 'format' -d 'Output format.' -rfka 'text csv markdown'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz report" pack' -l 'pack' -d 'The pack the exam used, for questions\' wording and sources when the results lack them.' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz report" version' -l 'version' -d 'Show the version.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz report" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz export" format' -l 'format' -d 'Output format.' -rfka 'gift markdown'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz export" o output' -l 'output' -s 'o' -d 'Write to this file instead of standard output.' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz export" no-articles' -l 'no-articles' -d 'Markdown: leave the articles out of the worksheet.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz export" version' -l 'version' -d 'Show the version.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz import" o output' -l 'output' -s 'o' -d 'The pack folder to create (must not exist or be empty).' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz import" id' -l 'id' -d 'The pack\'s id (default: from the file name).' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz import" title' -l 'title' -d 'The pack\'s title (default: the GIFT category, or the id).' -rfka ''
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz import" version' -l 'version' -d 'Show the version.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'factquiz' -n '__factquiz_should_offer_completions_for_flags_or_options "factquiz help" version' -l 'version' -d 'Show the version.'
