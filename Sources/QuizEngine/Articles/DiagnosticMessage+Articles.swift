extension DiagnosticMessage {
    static func invalidUTF8(byte: UInt8) -> DiagnosticMessage {
        let hex = String(byte, radix: 16, uppercase: true)
        return DiagnosticMessage(
            id: "articles.invalid-utf8", severity: .error,
            text: "file is not valid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex)); save it as UTF-8, e.g. with 'iconv -f latin1 -t utf-8'"
        )
    }

    static let binaryFile = DiagnosticMessage(
        id: "articles.binary", severity: .error, text: "file holds a NUL byte: it is not a text file"
    )

    static let emptyArticle = DiagnosticMessage(
        id: "articles.empty", severity: .error, text: "article has no text"
    )

    static let frontMatterUnclosed = DiagnosticMessage(
        id: "articles.front-matter-unclosed", severity: .error,
        text: "front matter is not closed: add a line '---' after it"
    )

    static let frontMatterNotMapping = DiagnosticMessage(
        id: "articles.front-matter-not-mapping", severity: .error,
        text: "front matter must be a list of 'key: value' lines"
    )

    static let missingTitle = DiagnosticMessage(
        id: "articles.missing-title", severity: .error, text: "front matter has no 'title'"
    )

    static func frontMatterValueNotText(_ key: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "articles.value-not-text", severity: .error, text: "'\(key)' must be a single line of text")
    }

    static func badPublishedDate(_ text: String) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "articles.bad-date", severity: .error,
            text: "published date \"\(text)\" is not a date written as YYYY-MM-DD"
        )
    }

    static func unknownFrontMatterKey(_ key: String) -> DiagnosticMessage {
        DiagnosticMessage(id: "articles.unknown-key", severity: .warning, text: "unknown front matter key '\(key)'")
    }

    static func badArticleID(_ id: String) -> DiagnosticMessage {
        DiagnosticMessage(
            id: "articles.bad-id", severity: .error,
            text: "article id '\(id)' may hold only letters, digits, '-', '_' and '.'"
        )
    }

    static let noBody = DiagnosticMessage(
        id: "articles.no-body", severity: .warning, text: "article has a title but no body text"
    )
}
