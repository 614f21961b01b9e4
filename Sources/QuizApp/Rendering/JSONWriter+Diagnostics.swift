import QuizEngine

extension JSONWriter {
    /// `{"diagnostics":[{"file","line","column","severity","id","message","notes":[...],"fixits":[...]}]}`
    /// for editors and CI.
    mutating func diagnosticsDocument(_ diagnostics: [Diagnostic]) {
        beginObject()
        key("diagnostics")
        beginArray()
        for diagnostic in diagnostics {
            beginObject()
            location(diagnostic.location)
            key("severity"); string(diagnostic.severity.rawValue)
            key("id"); string(diagnostic.id)
            key("message"); string(diagnostic.message.text)
            key("notes")
            beginArray()
            for note in diagnostic.notes {
                beginObject()
                if let where_ = note.location { location(where_) }
                key("message"); string(note.text)
                endObject()
            }
            endArray()
            key("fixits")
            beginArray()
            for fix in diagnostic.fixIts {
                beginObject()
                location(fix.location)
                key("length"); int(fix.length)
                key("summary"); string(fix.summary)
                key("replacement"); string(fix.replacement)
                endObject()
            }
            endArray()
            endObject()
        }
        endArray()
        endObject()
        newline()
    }

    private mutating func location(_ location: SourceLocation) {
        key("file"); string(location.file)
        key("line"); int(location.line)
        key("column"); int(location.column)
    }
}
