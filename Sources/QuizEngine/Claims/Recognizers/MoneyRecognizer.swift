/// Amounts of money: "$7 billion", "$300 monthly", "2.4m dollars", "100 million euros", "€5",
/// "USD 200", "470 pence", "C$ 16.4 million", "125 million australian dollars", "30 MUSD",
/// "thirteen dollars and forty-five cents". The value is the amount in the main unit (470
/// pence is 4.70 GBP) with the ISO 4217 code where the text determines it; a bare "$" or
/// "dollars" is read as US dollars, the usual meaning in English-language news.
enum MoneyRecognizer: ClaimRecognizer {
    static var kinds: [ClaimKind] { [.money] }

    static func recognize(_ sentence: inout SentenceContext) { sentence.addFigureClaims(.money) }

    static func match(_ scan: FigureScan, at index: Int) -> Mention? {
        guard let token = scan.token(index) else { return nil }
        if token.kind == .punctuation { return nil }
        if let (code, factor, amountAt) = prefix(scan, at: index) {
            guard let figure = scan.figure(at: amountAt, hedgeBefore: index) else { return nil }
            var end = figure.core.upperBound
            var quantity = figure.quantity(times: factor)
            // "$ 10 dollars": the unit written twice.
            if let word = currencyWord(scan, at: end), word.currency.code == code || word.currency.family == "dollar" {
                end = word.end
            }
            if factor == 1, figure.last == nil, let (cents, centsEnd) = minorAmount(scan, at: end, main: figure, requireUnit: false) {
                quantity = Quantity(stated: quantity.stated + cents, hedge: figure.hedge)
                end = centsEnd
            }
            end = max(end, figure.range.upperBound)
            return Mention(.money, min(index, figure.range.lowerBound)..<end, .money(quantity, currency: code))
        }
        // An amount needs a sign, a currency word or a code close after.
        guard token.kind == .number || scan.lexemeIndex(index) >= 0, scan.hasClass([.currency, .sign], after: index, within: 6),
              let figure = scan.figure(at: index) else { return nil }
        var unitAt = figure.core.upperBound
        var attributive = false
        if scan.isHyphen(unitAt), currencyWord(scan, at: unitAt + 1) != nil {
            unitAt += 1
            attributive = true
        }
        var code: String
        var factor: Double
        var end: Int
        var named = false
        // A sign or code against the next number is that number's ("1 $10", "3 USD50").
        if let next = scan.token(unitAt + 1), next.kind == .number, !next.spaceBefore || scan.token(unitAt)?.kind == .symbol,
           !signFollows(scan, afterNumberAt: unitAt + 1) {
            if scan.lexeme(unitAt)?.scale == nil, scan.lexeme(unitAt + 1)?.currency ?? -1 < 0,
               scan.token(unitAt)?.kind == .symbol || scan.lexeme(unitAt)?.currency ?? -1 >= 0 {
                return nil
            }
        }
        if let sign = scan.token(unitAt), sign.kind == .symbol, let (signCode, signFactor) = CurrencySigns.code(forSign: sign.scalar) {
            (code, factor, end) = (signCode, signFactor, unitAt + 1)
        } else if let word = currencyWord(scan, at: unitAt) {
            (code, factor, end) = (word.currency.code, word.currency.factor, word.end)
            named = true
        } else if let (millionCode, wordEnd) = millionCode(scan, at: unitAt) {
            (code, factor, end) = (millionCode, 1e6, wordEnd)
        } else {
            return nil
        }
        // "75 usd million"
        if let scale = scan.lexeme(end)?.scale, scale >= 1_000 {
            factor *= scale
            end += 1
        }
        var quantity = figure.quantity(times: factor)
        if named || factor == 1, figure.last == nil, factor >= 1,
           let (cents, centsEnd) = minorAmount(scan, at: end, main: figure, requireUnit: !named) {
            quantity = Quantity(stated: quantity.stated + cents, hedge: figure.hedge)
            end = centsEnd
        }
        if let (hedge, hedgeEnd) = scan.hedge(startingAt: end), figure.hedge == .exact {
            quantity = figure.last == nil ? Quantity(stated: quantity.stated, hedge: hedge) : quantity
            end = hedgeEnd
        }
        var mention = Mention(.money, figure.range.lowerBound..<max(end, figure.range.upperBound), .money(quantity, currency: code))
        if attributive { mention.form = .attributive }
        return mention
    }

    /// A sign, a dollar prefix and sign, or a code before the amount: "$", "US$", "c $", "u.s $",
    /// "usd$", "USD 200", "USD115", "MAUD 60". Returns the code, the factor and where the
    /// amount starts.
    private static func prefix(_ scan: FigureScan, at index: Int) -> (String, Double, Int)? {
        guard let token = scan.token(index) else { return nil }
        if token.kind == .symbol {
            guard let (code, factor) = CurrencySigns.code(forSign: token.scalar), factor == 1 else { return nil }
            return numberFollows(scan, index + 1) ? (code, factor, index + 1) : nil
        }
        guard token.kind == .word else { return nil }
        // "u.s $" and "U.S. $"
        if scan.isWord(index, W.u), scan.isMark(index + 1, "."), scan.isWord(index + 2, W.s) {
            var sign = index + 3
            if scan.isMark(sign, ".") { sign += 1 }
            if scan.isMark(sign, "$"), numberFollows(scan, sign + 1) { return ("USD", 1, sign + 1) }
        }
        if let (code, attachedOnly) = scan.tables.dollarPrefixes[token.key], scan.isMark(index + 1, "$"),
           !attachedOnly || !scan.tokens[index + 1].spaceBefore, numberFollows(scan, index + 2) {
            if token.key == W.a.key, scan.tokens[index + 1].spaceBefore { return nil }
            return (code, 1, index + 2)
        }
        if let word = currencyWord(scan, at: index), word.currency.isCode, numberFollows(scan, word.end) {
            return (word.currency.code, 1, word.end)
        }
        if let (code, end) = millionCode(scan, at: index), numberFollows(scan, end) {
            return (code, 1e6, end)
        }
        return nil
    }

    /// "30 $": a sign after the number at `index`, so a sign before it is not its prefix.
    private static func signFollows(_ scan: FigureScan, afterNumberAt index: Int) -> Bool {
        guard let number = scan.number(at: index) else { return false }
        let after = number.range.upperBound
        if let token = scan.token(after), token.kind == .symbol, CurrencySigns.code(forSign: token.scalar) != nil { return true }
        return false
    }

    private static func numberFollows(_ scan: FigureScan, _ index: Int) -> Bool {
        guard let token = scan.token(index) else { return false }
        return token.kind == .number || scan.lexeme(index)?.cardinal != nil || scan.lexeme(index)?.scale != nil
            || scan.isWord(index, W.half) || scan.isWord(index, W.quarter) || scan.isWord(index, W.a)
    }

    /// A currency word after an optional nationality: "dollars", "us dollar", "australian
    /// dollars", "swiss francs", "hong kong dollars", "USD", "btc".
    private static func currencyWord(_ scan: FigureScan, at index: Int) -> (currency: CurrencyWord, end: Int)? {
        var at = index
        var nationality: Int16 = -1
        for _ in 0..<2 {
            guard let lexeme = scan.lexeme(at), lexeme.currency < 0 else { break }
            if lexeme.nationality >= 0 {
                nationality = lexeme.nationality
                at += 1
                break
            }
            // "hong kong", "new zealand", "sri lankan", "south african": a first word, then the nationality.
            if let next = scan.lexeme(at + 1), next.nationality >= 0, scan.token(at)?.kind == .word {
                at += 1
                continue
            }
            break
        }
        if nationality < 0, at != index { return nil }
        guard let lexeme = scan.lexeme(at), lexeme.currency >= 0 else { return nil }
        var currency = scan.tables.currencies[Int(lexeme.currency)]
        if currency.needsCapitals {
            let text = scan.tokens.text(of: at..<at + 1)
            guard text == text.uppercased() else { return nil }
        }
        if nationality >= 0, let code = scan.tables.nationalities[Int(nationality)][currency.family] {
            currency = CurrencyWord(family: currency.family, code: code, factor: currency.factor, isCode: false)
        }
        return (currency, at + 1)
    }

    /// "MUSD", "MEUR", "MAUD": a code with a leading M for millions, used in financial reports.
    private static func millionCode(_ scan: FigureScan, at index: Int) -> (String, Int)? {
        guard let token = scan.token(index), token.kind == .word, token.range.count == 4,
              scan.bytes[token.range.lowerBound] | 0x20 == 0x6D else { return nil }
        let rest = scan.bytes.withUnsafeBufferPointer { FoldedWordKey($0, token.range.lowerBound + 1..<token.range.upperBound) }
        guard let entry = scan.tables.words[rest] else { return nil }
        let lexeme = scan.tables.entries[Int(entry)]
        guard lexeme.currency >= 0 else { return nil }
        let currency = scan.tables.currencies[Int(lexeme.currency)]
        return currency.isCode ? (currency.code, index + 1) : nil
    }

    /// Cents after a whole amount: "3 dollars 50 cents", "thirteen dollars and forty-five
    /// cents", "10 $ 30 cent", "one kuai and five mao"; or, after a named unit, a number ending
    /// the clause ("15 dollars and 15.", "17 USD 25").
    private static func minorAmount(_ scan: FigureScan, at index: Int, main: Figure, requireUnit: Bool) -> (Double, Int)? {
        guard main.first.isInteger, !main.first.hasScale else { return nil }
        var at = index
        if scan.isWord(at, W.and) { at += 1 }
        guard let number = scan.number(at: at), number.isInteger, !number.hasScale, number.value >= 1, number.value < 100 else {
            return nil
        }
        let end = number.range.upperBound
        if let word = currencyWord(scan, at: end), word.currency.factor < 1 {
            return (number.value * word.currency.factor, word.end)
        }
        guard !requireUnit, scan.endsClause(at: end) else { return nil }
        return (number.value / 100, end)
    }
}
