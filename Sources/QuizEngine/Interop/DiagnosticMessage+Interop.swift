/// Messages of GIFT import and export.
extension DiagnosticMessage {
    static func giftUnsupported(_ construct: String, _ why: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "interop.gift-unsupported", severity: .warning, text: "\(construct) question not imported: \(why)")
    }

    static let giftUnclosedTitle = DiagnosticMessage(
        id: "interop.gift-unclosed-title", severity: .error, text: "question title has no closing '::'"
    )
    static let giftUnclosedAnswer = DiagnosticMessage(
        id: "interop.gift-unclosed-answer", severity: .error, text: "answer block '{' has no closing '}'"
    )
    static let giftNestedBrace = DiagnosticMessage(
        id: "interop.gift-nested-brace", severity: .error,
        text: "unescaped '{' inside an answer block; write '\\{' for a literal brace"
    )
    static let giftStrayClosingBrace = DiagnosticMessage(
        id: "interop.gift-stray-brace", severity: .error,
        text: "unescaped '}' outside an answer block; write '\\}' for a literal brace"
    )
    static func giftExpectedChoice(_ found: String) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "interop.gift-expected-choice", severity: .error,
            text: "expected an answer starting with '=' or '~', found '\(found)'"
        )
    }
    static let giftBadWeight = DiagnosticMessage(
        id: "interop.gift-bad-weight", severity: .error, text: "answer weight is not a number between -100 and 100 written as %50%"
    )
    static let giftEmptyChoice = DiagnosticMessage(
        id: "interop.gift-empty-choice", severity: .error, text: "answer has no text"
    )
    static let giftNoRightChoice = DiagnosticMessage(
        id: "interop.gift-no-right-choice", severity: .error, text: "multiple-choice question has no right answer ('=' or a positive weight)"
    )
    static func giftWeightsDoNotAddUp(_ total: String) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "interop.gift-weights", severity: .error,
            text: "the positive weights of a multiple-answer question add up to \(total)%, not 100%"
        )
    }
    static let giftTooFewChoices = DiagnosticMessage(
        id: "interop.gift-too-few-choices", severity: .error, text: "a choice question needs at least two answers"
    )
    static let giftTooManyChoices = DiagnosticMessage(
        id: "interop.gift-too-many-choices", severity: .error, text: "a choice question can have at most 26 answers (a to z)"
    )
    static let giftEmptyText = DiagnosticMessage(
        id: "interop.gift-empty-text", severity: .error, text: "question has no text"
    )
    static let giftFactCheckAsChoice = DiagnosticMessage(
        id: "interop.gift-fact-check", severity: .remark,
        text: "fact-check question imported as multiple choice: GIFT does not carry the article to judge it against"
    )
    static let giftNoQuestions = DiagnosticMessage(
        id: "interop.gift-no-questions", severity: .error, text: "no true/false or multiple-choice question could be imported"
    )
    static func giftDuplicateID(_ id: String, renamed: String) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "interop.gift-duplicate-id", severity: .warning,
            text: "question id '\(id)' is used twice; this one becomes '\(renamed)'"
        )
    }
}
