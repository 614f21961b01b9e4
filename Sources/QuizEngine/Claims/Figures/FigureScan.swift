/// Finds every figure of a sentence once (numbers, percentages, money, dates, durations, ages,
/// years and spans), for all the quantity recognizers to turn into claims.
///
/// The grammars run in a fixed order of precedence, each over the tokens earlier grammars did
/// not take: a date first (so "November 21" is not the number 21), then ages ("35-year-old" is
/// not a span), spans ("11-year rule", "since 2013"), money, percentages, durations, years and
/// last plain numbers. Each grammar lives with its recognizer as a static `match` function.
/// Running them all here, once per sentence, is what keeps nine recognizers at the cost of one.
struct FigureScan: Sendable {
    /// The grammars in order of precedence.
    enum Grammar: Int {
        case weekdayDate, date, age, span, money, percentage, duration, year, number

        /// The token classes the grammar can start at.
        var starts: TokenClass {
            switch self {
            case .weekdayDate: [.weekday, .relative]
            case .date: [.digits, .month, .weekday, .relative, .the, .ordinal, .numberWord, .article, .unit, .quantifier]
            case .age: [.digits, .numberWord, .ageWord, .dash]
            case .span: [.digits, .numberWord, .spanWord, .unit]
            case .money: [.digits, .numberWord, .sign, .currency, .article, .dash]
            case .percentage: [.digits, .numberWord, .percent, .sign, .dash, .article]
            case .duration: [.digits, .numberWord, .article, .quantifier, .unit, .dash]
            case .year: [.digits]
            case .number: [.digits, .numberWord, .article, .dash]
            }
        }
    }

    private(set) var tokens: SentenceTokens
    /// What the grammars know of each token, in one array: its `Lexicon` entry, the classes it
    /// can begin, whether a grammar took it, and the next token with a class.
    private(set) var info: [TokenInfo]
    let tables: GrammarTables
    let published: CalendarDate?
    private(set) var earlierClaims: [Claim]
    /// The sentence speaks of the future ("will", "next"), which decides which Friday "Friday" is.
    private(set) var isFuture = false
    private(set) var mentions: [Mention] = []
    /// The kinds among `mentions`, one bit per `ClaimKind`, so recognizers with nothing to do
    /// return at once.
    private(set) var kindsFound: UInt32 = 0
    /// The last token that is a unit of time ("days", "years"), or -1: a counted date ("two
    /// days ago") needs one after its number, and most numbers have none (see `countedOffset`).
    private(set) var lastUnit: Int32 = -1
    /// The last token that can end a counted date ("ago", "later", "before", "today"...; see
    /// `Lexeme.Relative.endsCount`), or -1.
    private(set) var lastCountEnd: Int32 = -1

    init(tokens: SentenceTokens, published: CalendarDate?, earlierClaims: [Claim], tables: GrammarTables = .shared) {
        var buffers = SentenceBuffers()
        self.init(tokens: tokens, published: published, earlierClaims: earlierClaims, tables: tables, buffers: &buffers)
    }

    /// A scan writing into arrays taken from `buffers` (see `SentenceBuffers`).
    init(
        tokens: SentenceTokens, published: CalendarDate?, earlierClaims: [Claim], tables: GrammarTables,
        buffers: inout SentenceBuffers
    ) {
        self.tokens = tokens
        self.published = published
        self.earlierClaims = earlierClaims
        self.tables = tables
        self.info = []
        rescan(tokens: tokens, earlierClaims: earlierClaims, buffers: &buffers)
    }

    /// Scans another sentence of the same article in place, into arrays taken from `buffers`.
    ///
    /// `ClaimExtractor` keeps one scan (in one `SentenceContext`) for a whole article and moves
    /// it from sentence to sentence: a new scan for every sentence was built in memory and
    /// copied out of its init (its seven references retained and the originals released),
    /// and its context destroyed, 700 instructions a sentence.
    mutating func rescan(tokens: SentenceTokens, earlierClaims: [Claim], buffers: inout SentenceBuffers) {
        self.tokens = tokens
        self.earlierClaims = earlierClaims
        self.mentions = SentenceBuffers.take(&buffers.mentions)
        kindsFound = 0
        lastUnit = -1
        lastCountEnd = -1
        let tables = self.tables
        // Every entry is written below, so the last sentence's entries are kept to be written
        // over, not emptied and appended to (see `SentenceBuffers.take(_:count:filling:)`).
        var info = SentenceBuffers.take(&buffers.info, count: tokens.count, filling: TokenInfo())
        var present: TokenClass = []
        var isFuture = false
        // Written in place through buffer pointers, each word's entry, classes and future mark
        // found with one look-up (`GrammarTables.tokenWords`): appending each token's info and
        // reading the classes and the future marks from two more arrays cost 40 instructions a
        // token.
        info.withUnsafeMutableBufferPointer { info in
            tokens.tokens.withUnsafeBufferPointer { tokens in
                for index in tokens.indices {
                    let token = tokens[index]
                    var entry = TokenInfo()
                    switch token.kind {
                    case .number:
                        entry.classes = .digits
                    case .symbol:
                        entry.classes = .sign
                    case .punctuation:
                        if token.scalar == 0x2D || token.scalar == 0x2212 { entry.classes = .dash }
                    case .word:
                        guard token.key != .unrepresentable, let word = tables.tokenWords[token.key] else { break }
                        entry.lexeme = word.lexeme
                        entry.classes = word.classes
                        if word.marksFuture { isFuture = true }
                    }
                    present.formUnion(entry.classes)
                    info[index] = entry
                }
            }
        }
        self.isFuture = isFuture
        // Moved into the scan rather than copied: while the local array still shared its storage,
        // the first mention recorded copied the whole array (6 of every 11 sentences).
        self.info = consume info
        // A sentence with no digits, signs, number words, calendar words or units has no figures.
        let anchors: TokenClass = [.digits, .sign, .numberWord, .month, .weekday, .ordinal, .unit, .percent, .relative]
        if !present.isDisjoint(with: anchors) { findMentions() }
    }

    /// Moves the arrays of the scan and its tokens into `buffers` for the next sentence,
    /// leaving the scan the buffers' emptied ones (see `SentenceBuffers.reclaim(from:)`), and
    /// lets go of the earlier claims, so the article's array of them is not shared when it
    /// grows (appending to a shared array copies it).
    mutating func handOver(to buffers: inout SentenceBuffers) {
        swap(&info, &buffers.info)
        swap(&mentions, &buffers.mentions)
        tokens.handOver(to: &buffers)
        earlierClaims = []
    }

    /// The grammar passes of `init`, over `info` filled in, for a sentence that may have figures.
    ///
    /// Apart from `init`, which the compiler then inlines into `ClaimExtractor`: the scan with
    /// its passes inlined in `init` measured 0.9M instructions more on 1,000 articles.
    private mutating func findMentions() {
        // "the" and "a" only start a figure when what follows can be part of one ("the 27th",
        // "a hundred", "a week"), which rules out almost all of them at once. Then each token
        // points at the next one a grammar could start at, so the passes skip plain words.
        let tokens = self.tokens.tokens
        let entries = tables.entries
        var next = Int32(tokens.count)
        var lastUnit: Int32 = -1
        var lastCountEnd: Int32 = -1
        // Through a buffer pointer: `info` came from `buffers`, so the compiler cannot see it is
        // unique and would check on every write.
        info.withUnsafeMutableBufferPointer { info in
            for index in tokens.indices.reversed() {
                let classes = info[index].classes
                if classes.isSubset(of: [.the, .article]), !classes.isEmpty,
                   index + 1 >= tokens.count || info[index + 1].classes.isEmpty {
                    info[index].classes = []
                }
                info[index].next = next
                if !info[index].classes.isEmpty, !tokens[index].inLink { next = Int32(index) }
                if lastUnit < 0, info[index].classes.contains(.unit) { lastUnit = Int32(index) }
                if lastCountEnd < 0, info[index].classes.contains(.relative),
                   entries[Int(info[index].lexeme)].relative?.endsCount == true {
                    lastCountEnd = Int32(index)
                }
            }
        }
        self.lastUnit = lastUnit
        self.lastCountEnd = lastCountEnd
        let first = Int(next)
        // The buffers start empty for each article: room for a few mentions at once, rather
        // than growing one, two, four, eight (seven allocations an article; FigureScan.init
        // measured 0.9M instructions less per 1,000 articles).
        if mentions.capacity < 8 { mentions.reserveCapacity(8) }
        var rawGrammar = 0
        while let grammar = Grammar(rawValue: rawGrammar) {
            rawGrammar += 1
            let starts = grammar.starts
            var index = first
            while index < tokens.count {
                let token = self.info[index]
                if !token.classes.isDisjoint(with: starts), !token.taken, let end = recordMatch(grammar, at: index) {
                    index = Int(token.next)
                    while index < end { index = Int(self.info[index].next) }
                } else {
                    index = Int(token.next)
                }
            }
        }
        if mentions.count > 1 {
            mentions.sort { ($0.tokens.lowerBound, -$0.tokens.count) < ($1.tokens.lowerBound, -$1.tokens.count) }
            for position in mentions.indices {
                for index in mentions[position].tokens { self.info[index].mention = Int32(position) }
            }
        }
    }

    /// Runs `grammar` at token `index` and records what it finds; returns the end of the
    /// mention found, or nil.
    ///
    /// Grammars are called directly, not through stored closures, so the scan is passed without
    /// copying. They return one mention, not an array of them: every match allocated and freed
    /// an array for its mention, about 550 instructions a figure (0.5% of compiling 1,000
    /// articles). Only the weekday date finds two, itself and the date inside it.
    @inline(__always)
    private mutating func recordMatch(_ grammar: Grammar, at index: Int) -> Int? {
        let found: Mention?
        switch grammar {
        case .weekdayDate:
            guard let (outer, inner) = WeekdayDateRecognizer.match(self, at: index) else { return nil }
            record(outer)
            record(inner)
            return outer.tokens.upperBound
        case .date: found = DateRecognizer.match(self, at: index)
        case .age: found = AgeRecognizer.match(self, at: index)
        case .span: found = SpanRecognizer.match(self, at: index)
        case .money: found = MoneyRecognizer.match(self, at: index)
        case .percentage: found = PercentageRecognizer.match(self, at: index)
        case .duration: found = DurationRecognizer.match(self, at: index)
        case .year: found = YearRecognizer.match(self, at: index)
        case .number: found = NumberRecognizer.match(self, at: index)
        }
        guard let found else { return nil }
        record(found)
        return found.tokens.upperBound
    }

    private mutating func record(_ mention: Mention) {
        let position = Int32(mentions.count)
        for index in mention.tokens {
            info[index].taken = true
            info[index].mention = position
        }
        kindsFound |= 1 << mention.kind.bit
        mentions.append(mention)
    }

    /// Whether a grammar found a mention of `kind` in this sentence.
    func found(_ kind: ClaimKind) -> Bool { kindsFound & (1 << kind.bit) != 0 }

    var count: Int { tokens.count }

    var bytes: [UInt8] { tokens.bytes }

    /// The hedged figure starting at `index` (see `figure(at:hedgeBefore:ranges:)`).
    func figure(at index: Int) -> Figure? { figure(at: index, hedgeBefore: nil, ranges: true) }

    /// Whether a token of one of `classes` lies within `distance` tokens after `index`: the
    /// cheap look each grammar takes before parsing a figure ("a unit within four tokens").
    func hasClass(_ classes: TokenClass, after index: Int, within distance: Int) -> Bool {
        var at = index + 1
        let end = min(index + 1 + distance, info.count)
        while at < end {
            if !info[at].classes.isDisjoint(with: classes) { return true }
            at += 1
        }
        return false
    }

    /// True when every token of `range` is free for a grammar to take.
    func isFree(_ range: Range<Int>) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= tokens.count else { return false }
        for index in range where info[index].taken || tokens[index].inLink { return false }
        return true
    }

    func isTaken(_ index: Int) -> Bool { index >= 0 && index < info.count && info[index].taken }

    /// The token's `Lexicon` entry, or -1.
    func lexemeIndex(_ index: Int) -> Int32 { index >= 0 && index < info.count ? info[index].lexeme : -1 }

    /// The index in `mentions` of the last mention covering token `index`.
    func mentionIndex(covering index: Int) -> Int? {
        guard index >= 0, index < info.count, info[index].mention >= 0 else { return nil }
        return Int(info[index].mention)
    }
}

// MARK: - Reading tokens

extension FigureScan {
    @inline(__always)
    func lexeme(_ index: Int) -> Lexeme? {
        guard index >= 0, index < info.count else { return nil }
        let entry = info[index].lexeme
        return entry < 0 ? nil : tables.entries[Int(entry)]
    }

    @inline(__always)
    func has(_ index: Int, _ role: Lexeme.Roles) -> Bool {
        lexeme(index)?.roles.contains(role) ?? false
    }

    @inline(__always)
    func token(_ index: Int) -> Token? {
        index >= 0 && index < tokens.count ? tokens[index] : nil
    }

    /// Token `index` is the word `word` (any case).
    @inline(__always)
    func isWord(_ index: Int, _ word: StaticWord) -> Bool {
        tokens.isWord(index, word.key)
    }

    func isWord(_ index: Int, anyOf words: [StaticWord]) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        let key = tokens[index].key
        return words.contains { $0.key == key }
    }

    @inline(__always)
    func isMark(_ index: Int, _ mark: Unicode.Scalar) -> Bool { tokens.isMark(index, mark) }

    /// "-", "–" or "—" written against both neighbours ("72-hour"), or spaced in tokenised text
    /// ("40 - 50") when `allowSpaces`.
    func isHyphen(_ index: Int, attached: Bool = true) -> Bool {
        guard let token = token(index), token.kind == .punctuation else { return false }
        guard token.scalar == 0x2D || token.scalar == 0x2010 || token.scalar == 0x2011 || token.scalar == 0x2013 else { return false }
        if !attached { return true }
        return !token.spaceBefore && index + 1 < tokens.count && !tokens[index + 1].spaceBefore
    }

    /// A dash of any length standing between two numbers ("10-15", "2013–2018", "40 - 50").
    func isRangeDash(_ index: Int) -> Bool {
        guard let token = token(index), token.kind == .punctuation else { return false }
        return token.scalar == 0x2D || token.scalar == 0x2013 || token.scalar == 0x2010
    }

    func text(_ range: Range<Int>) -> String { tokens.text(of: range) }

    /// Sentence punctuation or the end: what may follow a figure that ends a clause.
    func endsClause(at index: Int) -> Bool {
        guard let token = token(index) else { return true }
        guard token.kind == .punctuation else { return false }
        switch token.scalar {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x2014, 0x2013, 0x22, 0x201D, 0x2019, 0x5D: return true
        default: return false
        }
    }

    /// A capitalised word that is not the first of the sentence nor a calendar word.
    func isName(_ index: Int) -> Bool {
        guard let token = token(index), token.kind == .word, token.isCapitalized else { return false }
        if let lexeme = lexeme(index), lexeme.month != nil || lexeme.weekday != nil || !lexeme.roles.isDisjoint(with: [.determiner, .preposition, .pronoun, .conjunction]) {
            return false
        }
        return true
    }
}


/// What the figure scan keeps per token.
struct TokenInfo: Sendable {
    var lexeme: Int32 = -1
    var classes: TokenClass = []
    var taken = false
    /// The index in `mentions` of the (innermost) mention covering the token, or -1.
    var mention: Int32 = -1
    /// The next token with a class (or the token count): where the grammar passes look next.
    var next: Int32 = 0
}

extension ClaimKind {
    /// A bit position for sets of kinds.
    var bit: UInt32 {
        switch self {
        case .number: 0
        case .percentage: 1
        case .money: 2
        case .date: 3
        case .weekdayDate: 4
        case .duration: 5
        case .age: 6
        case .year: 7
        case .span: 8
        case .quote: 9
        case .attribution: 10
        case .role: 11
        case .location: 12
        }
    }
}
