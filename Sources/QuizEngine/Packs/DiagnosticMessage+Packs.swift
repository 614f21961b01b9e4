/// Messages of the pack compiler, ids under `packs.`.
extension DiagnosticMessage {
    static func packWrongType(path: String, expected: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "packs.wrong-type", severity: .error, text: "'\(path)' must be \(expected)")
    }

    static func packEmptyValue(path: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "packs.empty-value", severity: .error, text: "'\(path)' is empty")
    }

    static func packUnknownKey(path: String, key: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "packs.unknown-key", severity: .warning, text: "unknown key '\(key)' (at '\(path)')")
    }

    static func packBadChoice(path: String, value: String, what: String, options: [String]) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "packs.bad-value", severity: .error,
            text: "'\(value)' is not \(what) (at '\(path)'); expected one of: \(options.joined(separator: ", "))"
        )
    }

    static func packMissingKey(_ key: String, in path: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "packs.missing-key", severity: .error, text: path.isEmpty ? "missing '\(key)'" : "'\(path)' has no '\(key)'")
    }

    static let packNotMapping = DiagnosticMessage(
        id: "packs.not-mapping", severity: .error, text: "pack.yaml must be a list of 'key: value' lines (id, title, articles, ...)"
    )

    static let packEmpty = DiagnosticMessage(
        id: "packs.empty", severity: .error, text: "pack.yaml is empty: it needs at least 'id', 'title' and 'articles'"
    )

    static func packBadID(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "packs.bad-id", severity: .error, text: "id '\(id)' may hold only letters, digits, '-', '_' and '.'")
    }

    static func articlePathOutsidePack(_ path: String) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "packs.path-outside", severity: .error,
            text: "article path '\(path)' leads outside the pack folder; articles must be inside it"
        )
    }

    static func articleUnreadable(_ path: String, reason: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "packs.article-unreadable", severity: .error, text: "cannot read article '\(path)': \(reason)")
    }

    static func duplicateArticle(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "packs.duplicate-article", severity: .error, text: "two articles have the id '\(id)'")
    }

    static func unlistedArticle(_ path: String) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "packs.unlisted-article", severity: .warning,
            text: "article file '\(path)' is in the pack folder but not listed under 'articles'"
        )
    }

    static func unusedArticle(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "packs.unused-article", severity: .warning, text: "no question uses article '\(id)'")
    }

    static func unknownArticle(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "packs.unknown-article", severity: .error, text: "no article '\(id)' in this pack")
    }

    static func quoteNotFound(article: String, quote: String) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "packs.quote-not-found", severity: .error,
            text: "quote not found in article '\(article)': \"\(quote)\""
        )
    }

    static func quoteAmbiguous(article: String, quote: String, count: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "packs.quote-ambiguous", severity: .warning,
            text: "quote \"\(quote)\" appears in \(count) passages of '\(article)'; citing the first (quote more words to choose another)"
        )
    }

    static func quoteSpansPassages(article: String, quote: String) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "packs.quote-spans-passages", severity: .error,
            text: "quote \"\(quote)\" runs across a sentence boundary in '\(article)'; cite one sentence at a time"
        )
    }

    static func duplicateQuestionID(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "packs.duplicate-question", severity: .error, text: "two questions have the id '\(id)'")
    }

    static func answerDoesNotFitKind(_ answer: String, kind: QuestionKind, expected: String) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "packs.bad-answer", severity: .error,
            text: "answer '\(answer)' does not fit a \(kind.rawValue) question; expected \(expected)"
        )
    }

    static func answerNotAChoice(_ letter: String, count: Int) -> DiagnosticMessage {
        let last = Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(max(0, min(count, 26) - 1))))
        return DiagnosticMessage(
            id: "packs.answer-not-a-choice", severity: .error,
            text: "answer '\(letter)' is not one of the choices (a to \(last))"
        )
    }

    static func tooFewChoices(_ kind: QuestionKind, minimum: Int) -> DiagnosticMessage {
        DiagnosticMessage(id: "packs.too-few-choices", severity: .error, text: "a \(kind.rawValue) question needs at least \(minimum) choices")
    }

    static func noCitation(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "packs.no-citation", severity: .warning,
            text: "question '\(id)' cites no passage: players will be told its answer has no cited source"
        )
    }

    static func factCheckNeedsArticle(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "packs.fact-check-article", severity: .error,
            text: "fact-check question '\(id)' needs 'article': the article the statement is judged against"
        )
    }

    static func editUnknownQuestion(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "packs.edit-unknown-question", severity: .warning, text: "no generated question '\(id)' to edit")
    }

    static func generatedContradictsAuthored(generated: String, authored: String) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "packs.generated-contradicts-authored", severity: .warning,
            text: "generated question '\(generated)' gives a different answer to the same statement as authored question '\(authored)'"
        )
    }

    static let noQuestions = DiagnosticMessage(
        id: "packs.no-questions", severity: .error,
        text: "the pack has no questions: add articles with checkable claims, authored questions, or raise the 'generate' counts"
    )

    static let noArticles = DiagnosticMessage(
        id: "packs.no-articles", severity: .error, text: "the pack lists no articles under 'articles'"
    )

    static func fewerGeneratedThanAsked(kind: QuestionKind, asked: Int, made: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "packs.fewer-generated", severity: .remark,
            text: "asked for \(asked) \(kind.rawValue) questions; the articles gave material for \(made)"
        )
    }
}
