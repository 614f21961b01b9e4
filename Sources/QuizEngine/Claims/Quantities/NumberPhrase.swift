/// A number as written, in digits or words, with its scale applied: "1.5 million", "$7bn"'s
/// "7bn", "more than a hundred"'s "a hundred", "two and a half", "hundreds" (vague).
struct NumberPhrase: Sendable {
    var range: Range<Int>
    var value: Double
    /// For vague counts ("hundreds", "tens of thousands"): the values it can mean.
    var vague: ClosedRange<Double>?
    var isWords: Bool
    /// A whole number with no decimal part.
    var isInteger: Bool
    var hasScale: Bool
    /// The multiplier a scale word applied ("million" is 1e6), 1 when none.
    var scale: Double = 1
    /// One digit token with no separators and no scale ("2018", "62"): years and ages.
    var isPlainInteger = false
    /// Digits with an ordinal suffix ("21st") or an ordinal word ("twenty-first").
    var isOrdinal = false
    /// For digits without a scale: the digits as an integer and how many follow the point, so a
    /// percentage can be divided exactly ("3.7%" is 37 / 1000, not 3.7 / 100).
    var decimal: (mantissa: Double, fractionDigits: Int)?
    /// A fraction word alone ("half", "a third"), which counts only in some places.
    var isBareFraction = false
}

extension FigureScan {
    /// The number starting at token `index` (a sign, digits or a number word), or nil.
    func number(at index: Int) -> NumberPhrase? {
        guard let token = token(index), !isTaken(index) else { return nil }
        if token.kind == .word {
            // One sign only: "minus minus 5" is not a number (and cannot recurse without end).
            if isWord(index, W.minus) || isWord(index, W.negative), let next = self.token(index + 1), !isTaken(index + 1),
               var inner = next.kind == .number ? digitNumber(at: index + 1) : wordNumber(at: index + 1), !inner.isOrdinal {
                inner.value = -inner.value
                inner.range = index..<inner.range.upperBound
                return inner
            }
            return wordNumber(at: index)
        }
        if token.kind == .punctuation, token.scalar == 0x2D || token.scalar == 0x2212,
           token.spaceBefore || index == 0, let next = self.token(index + 1), next.kind == .number, !next.spaceBefore,
           var inner = digitNumber(at: index + 1) {
            inner.value = -inner.value
            inner.range = index..<inner.range.upperBound
            return inner
        }
        guard token.kind == .number else { return nil }
        return digitNumber(at: index)
    }

    /// The value of one number token: digits with thousands commas and at most one decimal point.
    func digitValue(_ index: Int) -> (mantissa: Double, fractionDigits: Int, plain: Bool)? {
        guard let token = token(index), token.kind == .number else { return nil }
        var mantissa: Double = 0
        var fractionDigits = 0
        var seenDot = false
        var plain = true
        for offset in token.range {
            let byte = bytes[offset]
            if byte == 0x2E {
                if seenDot { return nil }
                seenDot = true
                plain = false
            } else if byte == 0x2C {
                plain = false
            } else {
                mantissa = mantissa * 10 + Double(byte - 0x30)
                if seenDot { fractionDigits += 1 }
            }
        }
        return (mantissa, fractionDigits, plain)
    }

    private func digitNumber(at index: Int) -> NumberPhrase? {
        guard var (mantissa, fractionDigits, plain) = digitValue(index) else { return nil }
        var end = index + 1
        // Tokenised newswire writes decimals spaced: "6 . 2 %", "1 . 6 billion".
        if isMark(end, "."), tokens[end].spaceBefore, let next = token(end + 1), next.kind == .number, next.spaceBefore,
           let (decimals, _, decimalsPlain) = digitValue(end + 1), decimalsPlain, fractionDigits == 0,
           let after = token(end + 2),
           after.isMark("%") || lexeme(end + 2)?.percent == true || lexeme(end + 2)?.scale != nil {
            let decimalDigits = next.range.count
            mantissa = mantissa * Self.powerOfTen(decimalDigits) + decimals
            fractionDigits = decimalDigits
            plain = false
            end += 2
        }
        var phrase = NumberPhrase(
            range: index..<end, value: Self.scaled(mantissa, fractionDigits, by: 1), isWords: false,
            isInteger: fractionDigits == 0, hasScale: false, isPlainInteger: plain
        )
        phrase.decimal = (mantissa, fractionDigits)
        // "21st", "3rd": an ordinal, for dates.
        if let suffix = token(end), suffix.kind == .word, !suffix.spaceBefore,
           isWord(end, W.st) || isWord(end, W.nd) || isWord(end, W.rd) || isWord(end, W.th) {
            phrase.isOrdinal = true
            phrase.range = index..<end + 1
            return phrase
        }
        var scale: Double = 1
        if let word = token(end), word.kind == .word, let lexeme = lexeme(end) {
            // "2.4m" and "7b" only written together; "bn", "mln", "k" also spaced ("$ 2 bn").
            if let short = lexeme.shortScale, !word.spaceBefore || (word.key != Self.mKey && word.key != Self.bKey) {
                scale = short
                end += 1
            }
        }
        while end - index < 6, let lexeme = lexeme(end), let wordScale = lexeme.scale, tokens[end].spaceBefore || scale == 1 {
            scale *= wordScale
            end += 1
        }
        if scale != 1 {
            phrase.decimal = nil
            phrase.value = Self.scaled(mantissa, fractionDigits, by: scale)
            phrase.hasScale = true
            phrase.isInteger = phrase.value == phrase.value.rounded()
            phrase.isPlainInteger = false
            phrase.scale = scale
            phrase.range = index..<end
            // "3 million and a half"
            if let half = andFraction(at: end) {
                phrase.value += half.value * scale
                phrase.range = index..<half.end
            } else if scale >= 100, let rest = smallerPart(at: end, below: scale) {
                // "3 hundred and 21", "4 thousand 3 hundred and 21"
                phrase.value += rest.value
                phrase.isInteger = phrase.isInteger && rest.isInteger
                phrase.range = index..<rest.range.upperBound
            }
        } else if let fraction = digitFraction(at: end, whole: plain && fractionDigits == 0) {
            // "3/4" is the fraction itself; "2 1/4" adds it to the whole number.
            phrase.value = isMark(end, "/") ? fraction.value : phrase.value + fraction.value
            phrase.decimal = nil
            phrase.isInteger = false
            phrase.isPlainInteger = false
            phrase.range = index..<fraction.end
        } else if let half = andFraction(at: end), isFollowedByUnitOrScale(half.end) {
            phrase.decimal = nil
            phrase.value += half.value
            phrase.isInteger = false
            phrase.isPlainInteger = false
            phrase.range = index..<half.end
        }
        return phrase
    }

    /// Numbers in words: "three", "twenty-one", "one hundred and six", "a hundred", "half a
    /// million", "two thirds", "five and a half million", and the vague "hundreds", "tens of
    /// thousands".
    private func wordNumber(at index: Int) -> NumberPhrase? {
        guard let first = lexeme(index) else { return nil }
        if let range = first.vagueCount {
            return vagueCount(at: index, range: range)
        }
        var value: Double
        var end: Int
        var isBareFraction = false
        if isWord(index, W.a) || isWord(index, W.an) {
            guard let next = lexeme(index + 1) else { return nil }
            if let scale = next.scale {
                // "a hundred", "a dozen", "a million": the chain may continue ("a hundred thousand").
                value = scale
                end = index + 2
                while end - index < 6, let more = lexeme(end)?.scale, more > value.magnitude || more >= 1_000 {
                    value *= more
                    end += 1
                }
            } else if let denominator = next.denominator, denominator <= 4 || next.ordinal == nil,
                      !isWord(index + 1, W.second) {
                // "a quarter million", "a half", "a third of".
                value = 1 / Double(denominator)
                end = index + 2
                if let scale = lexeme(end)?.scale {
                    value *= scale
                    end += 1
                } else {
                    isBareFraction = true
                }
            } else {
                return nil
            }
        } else if isWord(index, W.half) || isWord(index, W.quarter) {
            let fraction = isWord(index, W.half) ? 0.5 : 0.25
            if (isWord(index + 1, W.a) || isWord(index + 1, W.an)), let scale = lexeme(index + 2)?.scale {
                value = fraction * scale
                end = index + 3
            } else if let scale = lexeme(index + 1)?.scale {
                value = fraction * scale
                end = index + 2
            } else {
                value = fraction
                end = index + 1
                isBareFraction = true
            }
        } else if let (whole, chainEnd) = cardinalChain(at: index) {
            value = Double(whole)
            end = chainEnd
            // "two thirds", "one-eighth", "three quarters": a fraction.
            var denominatorAt = end
            if isHyphen(denominatorAt, attached: false), lexeme(denominatorAt + 1)?.denominator != nil { denominatorAt += 1 }
            if let denominator = lexeme(denominatorAt)?.denominator, !isWord(denominatorAt, W.second),
               whole == 1 || tokens.hasSuffix(denominatorAt, "s") || denominator == 2 {
                value /= Double(denominator)
                end = denominatorAt + 1
                if isWord(end, W.of), isWord(end + 1, W.a), let scale = lexeme(end + 2)?.scale {
                    value *= scale
                    end += 3
                }
            }
            if let half = andFraction(at: end) {
                value += half.value
                end = half.end
            } else if let (decimals, decimalsEnd) = pointDecimals(at: end) {
                value += decimals
                end = decimalsEnd
            } else if isWord(end, W.dozen) || isWord(end, W.dozens) {
                // "three dozen", "three dozens"
                value *= 12
                end += 1
            }
            var scaled = false
            while end - index < 12, let scale = lexeme(end)?.scale, scale >= 1_000 {
                value *= scale
                end += 1
                scaled = true
            }
            if scaled, let half = andFraction(at: end) {
                value += half.value * (lexeme(end - 1)?.scale ?? 1)
                end = half.end
            }
        } else {
            return nil
        }
        return NumberPhrase(
            range: index..<end, value: value, isWords: true, isInteger: value == value.rounded(),
            hasScale: value >= 1_000, isBareFraction: isBareFraction
        )
    }

    private enum ChainStep { case none, units, teen, tens, hundred, scale, and }

    /// "one hundred and sixty-one", "twenty-one trillion three hundred", "fifty two": cardinal
    /// words read as English groups them. Stops before anything that does not continue the number.
    func cardinalChain(at index: Int) -> (Int, Int)? {
        var total = 0
        var group = 0
        var last = ChainStep.none
        var end = index
        var lastGood = index
        var lastGoodValue = 0
        // Long enough for "nine hundred ninety-nine trillion nine hundred ... nine".
        while end < tokens.count, end - index < 40, !isTaken(end) {
            guard let lexeme = lexeme(end) else { break }
            if let cardinal = lexeme.cardinal {
                if cardinal < 10 {
                    guard [.none, .tens, .hundred, .scale, .and].contains(last) else { break }
                    group += cardinal
                    last = .units
                } else if cardinal < 20 {
                    guard [.none, .hundred, .scale, .and].contains(last) else { break }
                    group += cardinal
                    last = .teen
                } else {
                    guard [.none, .hundred, .scale, .and].contains(last) else { break }
                    group += cardinal
                    last = .tens
                }
                end += 1
                lastGood = end
                lastGoodValue = total + group
                if last == .tens, isHyphen(end, attached: false), let units = self.lexeme(end + 1)?.cardinal, units < 10 {
                    end += 1
                }
            } else if let scale = lexeme.scale {
                if scale == 100 {
                    guard [.units, .teen, .tens].contains(last), group % 100 != 0 || group == 0 else { break }
                    group = group * 100
                    last = .hundred
                } else if scale >= 1_000 {
                    guard [.units, .teen, .tens, .hundred].contains(last) else { break }
                    total += group * Int(scale)
                    group = 0
                    last = .scale
                } else {
                    break
                }
                end += 1
                lastGood = end
                lastGoodValue = total + group
            } else if isWord(end, W.and), [.hundred, .scale, .tens].contains(last),
                      let next = self.lexeme(end + 1)?.cardinal, last != .tens || next < 10 {
                last = .and
                end += 1
            } else {
                break
            }
        }
        guard lastGood > index else { return nil }
        return (lastGoodValue, lastGood)
    }

    /// After "3 hundred": "and 21", "21", "and one", "3 hundred and 21" (after "4 thousand"): a
    /// number smaller than the scale before it, with no scale of its own bigger than that.
    private func smallerPart(at index: Int, below scale: Double) -> NumberPhrase? {
        var at = index
        if isWord(at, W.and) { at += 1 }
        guard let token = token(at), token.kind == .number || lexeme(at)?.cardinal != nil else { return nil }
        // A plain number right after the scale without "and" belongs to the scale only in
        // figures ("4 thousand 3 hundred"); "3 hundred 21 people" is rare enough to accept.
        guard let part = token.kind == .number ? digitNumber(at: at) : wordNumber(at: at), part.vague == nil, !part.isOrdinal,
              part.value < scale, part.value > 0 else { return nil }
        if at == index, token.kind == .number, !part.hasScale { return nil }
        return part
    }

    /// A fraction in figures after a number token: "/4" in "3/4", or "1/4" after "2 ". Only a
    /// proper fraction with a small denominator, which no date grammar took.
    private func digitFraction(at index: Int, whole: Bool) -> (value: Double, denominator: Double, end: Int)? {
        if isMark(index, "/"), !tokens[index].spaceBefore, let (denominator, digits, plain) = digitValue(index + 1), plain,
           digits == 0, !tokens[index + 1].spaceBefore, denominator > 0, denominator <= 100 {
            let numerator = digitValue(index - 1)?.mantissa ?? 0
            guard numerator < denominator else { return nil }
            return (numerator / denominator, denominator, index + 2)
        }
        // "2 1/4": a whole number, then a proper fraction.
        guard whole, let next = token(index), next.kind == .number, next.spaceBefore, isMark(index + 1, "/"), !tokens[index + 1].spaceBefore,
              let (numerator, _, numeratorPlain) = digitValue(index), numeratorPlain,
              let (denominator, _, denominatorPlain) = digitValue(index + 2), denominatorPlain, !tokens[index + 2].spaceBefore,
              numerator < denominator, denominator <= 100 else { return nil }
        return (numerator / denominator, denominator, index + 3)
    }

    /// "point zero three", "point seventy-one", "point five": decimals read out in words.
    private func pointDecimals(at index: Int) -> (value: Double, end: Int)? {
        guard isWord(index, W.point), let first = lexeme(index + 1)?.cardinal else { return nil }
        if first >= 10, let (value, end) = cardinalChain(at: index + 1), value < 100 {
            return (Double(value) / (value < 10 ? 10 : 100), end)
        }
        var value = 0.0
        var scale = 0.1
        var at = index + 1
        while at - index <= 12, let digit = lexeme(at)?.cardinal, digit < 10 {
            value += Double(digit) * scale
            scale /= 10
            at += 1
        }
        return at > index + 1 ? (value, at) : nil
    }

    /// "and a half", "and one half", "and a quarter", "and three quarters", "and half".
    func andFraction(at index: Int) -> (value: Double, end: Int)? {
        guard isWord(index, W.and) else { return nil }
        var at = index + 1
        var numerator = 1.0
        if isWord(at, W.a) || isWord(at, W.an) || isWord(at, W.one) {
            at += 1
        } else if let cardinal = lexeme(at)?.cardinal, cardinal > 1, cardinal < 10, lexeme(at + 1)?.denominator != nil {
            numerator = Double(cardinal)
            at += 1
        }
        guard let denominator = lexeme(at)?.denominator, !isWord(at, W.second) else { return nil }
        return (numerator / Double(denominator), at + 1)
    }

    private func isFollowedByUnitOrScale(_ index: Int) -> Bool {
        guard let lexeme = lexeme(index) else { return false }
        return lexeme.unitSeconds != nil || lexeme.scale != nil || lexeme.currency >= 0 || lexeme.percent
    }

    /// "hundreds", "dozens", "tens of thousands", "hundreds of millions".
    private func vagueCount(at index: Int, range: ClosedRange<Double>) -> NumberPhrase? {
        if index > 0, tokens[index - 1].kind == .number { return nil }
        var lower = range.lowerBound, upper = range.upperBound
        var end = index + 1
        if isWord(end, W.of), let scale = lexeme(end + 1)?.vagueCount, scale.lowerBound >= 2_000 {
            let unit = scale.lowerBound / 2
            lower *= unit
            upper *= unit
            end += 2
        }
        return NumberPhrase(
            range: index..<end, value: lower, vague: lower...upper, isWords: true, isInteger: true, hasScale: lower >= 1_000
        )
    }

    static let mKey = FoldedWordKey("m"), bKey = FoldedWordKey("b")

    static func powerOfTen(_ exponent: Int) -> Double { pow10(exponent) }

    private static func pow10(_ exponent: Int) -> Double {
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// `mantissa / 10^fractionDigits * scale`, computed so that decimal figures stay exact:
    /// "1.7 million" is 17 * 10^5, not 1.7 * 1e6 with a binary rounding error.
    static func scaled(_ mantissa: Double, _ fractionDigits: Int, by scale: Double) -> Double {
        if fractionDigits == 0 { return mantissa * scale }
        guard scale >= 1, scale < 1e18, scale == scale.rounded() else { return mantissa / powerOfTen(fractionDigits) * scale }
        var remaining = Int64(scale)
        var exponent = 0
        while remaining % 10 == 0 {
            remaining /= 10
            exponent += 1
        }
        let shift = exponent - fractionDigits
        let base = shift >= 0 ? mantissa * powerOfTen(shift) : mantissa / powerOfTen(-shift)
        return base * Double(remaining)
    }
}
