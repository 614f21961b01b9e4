/// Finds every figure of a sentence once (numbers, percentages, money, dates, durations, ages,
/// years and spans), for all the quantity recognizers to turn into claims.
///
/// The grammars run in a fixed order of precedence, each over the tokens earlier grammars did
/// not take: a date first (so "November 21" is not the number 21), then ages ("35-year-old" is
/// not a span), spans ("11-year rule", "since 2013"), money, percentages, durations, years and
/// last plain numbers. Each grammar lives with its recognizer as a static `match` function.
/// Running them all here, once per sentence, is what keeps nine recognizers at the cost of one.
struct FigureScan: Sendable {
    typealias Matcher = @Sendable (FigureScan, Int) -> [Mention]?

    /// The grammars in order of precedence.
    static let matchers: [Matcher] = [
        WeekdayDateRecognizer.match, DateRecognizer.match, AgeRecognizer.match, SpanRecognizer.match, MoneyRecognizer.match,
        PercentageRecognizer.match, DurationRecognizer.match, YearRecognizer.match, NumberRecognizer.match,
    ]

    let tokens: SentenceTokens
    /// The sentence's UTF-8 bytes, for reading numbers.
    let bytes: [UInt8]
    /// `Lexicon` index of each token, or -1.
    let lexemes: [Int32]
    let published: CalendarDate?
    let earlierClaims: [Claim]
    /// The sentence speaks of the future ("will", "next"), which decides which Friday "Friday" is.
    let isFuture: Bool
    private(set) var taken: [Bool]
    private(set) var mentions: [Mention] = []

    init(tokens: SentenceTokens, published: CalendarDate?, earlierClaims: [Claim]) {
        self.tokens = tokens
        self.published = published
        self.earlierClaims = earlierClaims
        var lexemes = [Int32](repeating: -1, count: tokens.count)
        var hasAnchor = false
        var isFuture = false
        let entries = Lexicon.entries
        for index in tokens.indices {
            let token = tokens[index]
            if token.kind == .number || token.kind == .symbol { hasAnchor = true }
            let entry = Lexicon.index(of: token)
            lexemes[index] = entry
            if entry >= 0 {
                let roles = entries[Int(entry)].roles
                if roles.contains(.anchor) { hasAnchor = true }
                if roles.contains(.future) { isFuture = true }
            }
        }
        self.lexemes = lexemes
        self.isFuture = isFuture
        self.taken = [Bool](repeating: false, count: tokens.count)
        self.bytes = hasAnchor ? Array(tokens.text.utf8) : []
        guard hasAnchor else { return }
        for matcher in Self.matchers {
            var index = 0
            while index < tokens.count {
                if !taken[index], !tokens[index].inLink, let found = matcher(self, index), let first = found.first {
                    for mention in found { record(mention) }
                    index = max(index + 1, first.tokens.upperBound)
                } else {
                    index += 1
                }
            }
        }
        mentions.sort { ($0.tokens.lowerBound, -$0.tokens.count) < ($1.tokens.lowerBound, -$1.tokens.count) }
    }

    private mutating func record(_ mention: Mention) {
        for index in mention.tokens { taken[index] = true }
        mentions.append(mention)
    }

    var count: Int { tokens.count }

    /// True when every token of `range` is free for a grammar to take.
    func isFree(_ range: Range<Int>) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= tokens.count else { return false }
        for index in range where taken[index] || tokens[index].inLink { return false }
        return true
    }

    func isTaken(_ index: Int) -> Bool { index >= 0 && index < taken.count && taken[index] }

    /// The mentions found so far (by earlier grammars) that cover token `index`.
    func mention(covering index: Int) -> Mention? {
        mentions.last { $0.tokens.contains(index) }
    }
}

// MARK: - Reading tokens

extension FigureScan {
    @inline(__always)
    func lexeme(_ index: Int) -> Lexeme? {
        guard index >= 0, index < lexemes.count else { return nil }
        let entry = lexemes[index]
        return entry < 0 ? nil : Lexicon.entries[Int(entry)]
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

/// A word the grammars test for by identity, packed once.
struct StaticWord: Sendable, ExpressibleByStringLiteral {
    let key: WordKey
    init(stringLiteral value: String) { key = WordKey(value) }
}

/// Words the grammars name directly.
enum W {
    static let a: StaticWord = "a", an: StaticWord = "an", the: StaticWord = "the", and: StaticWord = "and"
    static let of: StaticWord = "of", to: StaticWord = "to", on: StaticWord = "on", in_: StaticWord = "in"
    static let or: StaticWord = "or", from: StaticWord = "from", between: StaticWord = "between"
    static let since: StaticWord = "since", until: StaticWord = "until", through: StaticWord = "through"
    static let till: StaticWord = "till", at: StaticWord = "at", for_: StaticWord = "for", by: StaticWord = "by"
    static let per: StaticWord = "per", cent: StaticWord = "cent", point: StaticWord = "point", points: StaticWord = "points"
    static let half: StaticWord = "half", quarter: StaticWord = "quarter", dozen: StaticWord = "dozen"
    static let old: StaticWord = "old", age: StaticWord = "age", aged: StaticWord = "aged", yo: StaticWord = "yo"
    static let long: StaticWord = "long", business: StaticWord = "business", another: StaticWord = "another"
    static let all: StaticWord = "all", full: StaticWord = "full", whole: StaticWord = "whole", entire: StaticWord = "entire"
    static let few: StaticWord = "few", several: StaticWord = "several", some: StaticWord = "some", couple: StaticWord = "couple"
    static let day: StaticWord = "day", week: StaticWord = "week", month: StaticWord = "month", year: StaticWord = "year"
    static let days: StaticWord = "days", weeks: StaticWord = "weeks", months: StaticWord = "months", years: StaticWord = "years"
    static let decade: StaticWord = "decade", second: StaticWord = "second", one: StaticWord = "one"
    static let now: StaticWord = "now", ago: StaticWord = "ago", s: StaticWord = "s", th: StaticWord = "th"
    static let st: StaticWord = "st", nd: StaticWord = "nd", rd: StaticWord = "rd", mid: StaticWord = "mid"
    static let early: StaticWord = "early", late: StaticWord = "late", his: StaticWord = "his", her: StaticWord = "her"
    static let their: StaticWord = "their", minus: StaticWord = "minus", negative: StaticWord = "negative"
    static let plus: StaticWord = "plus", more: StaticWord = "more", so: StaticWord = "so", less: StaticWord = "less"
    static let fewer: StaticWord = "fewer", times: StaticWord = "times", once: StaticWord = "once", twice: StaticWord = "twice"
    static let am: StaticWord = "am", pm: StaticWord = "pm", oclock: StaticWord = "o'clock", u: StaticWord = "u"
    static let morning: StaticWord = "morning", afternoon: StaticWord = "afternoon", evening: StaticWord = "evening"
    static let night: StaticWord = "night", weekend: StaticWord = "weekend"
    static let olds: StaticWord = "olds", decades: StaticWord = "decades", odd: StaticWord = "odd", handful: StaticWord = "handful", percentage: StaticWord = "percentage", what: StaticWord = "what"
}
