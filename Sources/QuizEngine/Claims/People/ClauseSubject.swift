/// Finds where the subject of a verb ends, looking back past what a reporter puts between a
/// name and its verb: adverbs ("reportedly"), a relative clause or an apposition in commas
/// ("Sen. Marco Rubio, who sanctioned Maduro in 2017, cautioned"; "Nicholas, 34, a regime
/// spokesperson, lives"), and a relative pronoun right before the verb ("Ramirez, who fled").
struct ClauseSubject {
    let passage: PassageAnalysis

    /// Index of the subject's last token, not before `floor`; nil when the words before the
    /// verb are not a subject followed by such insertions.
    func end(before verb: Int, floor: Int) -> Int? {
        let tokens = passage.tokens
        var k = verb - 1
        while k >= floor, tokens[k].is(.adverb) { k -= 1 }
        guard k >= floor else { return nil }
        if tokens[k].is(.relative), k - 1 >= floor, tokens[k - 1].isPunctuation(",") {
            // "Ramirez, who fled", "Marta Pires, 67, who was born".
            k -= 2
            if k - 1 >= floor, tokens[k].kind == .number, tokens[k - 1].isPunctuation(",") { k -= 2 }
            return k >= floor ? k : nil
        }
        // "Tomás Rivera, now recovering at home": a participle in apposition to a name (a
        // finite verb after a comma, "..., Halvorsen Robotics, called", has its subject further back).
        if tokens[k].isPunctuation(","), k - 1 >= floor, let mention = passage.name(covering: k - 1),
           mention.run.upperBound == k, passage.text(tokens[verb].range).hasSuffix("ing") {
            return k - 1
        }
        var skipped = 0
        while k >= floor, tokens[k].isPunctuation(","), skipped < 3 {
            var c = k - 1
            while c >= floor, !tokens[c].isPunctuation(",") { c -= 1 }
            guard c >= floor, c + 1 < k else { return nil }
            // "The report's author, economist Jane Smith of the University of Chicago, said":
            // an apposition naming a person is the subject.
            if !tokens[c + 1].is(.relative),
               let named = passage.names(startingIn: (c + 1)..<k).first(where: { $0.isPerson && !$0.isQuoted }),
               named.run.lowerBound - c <= 4 {
                return named.run.upperBound - 1
            }
            let opener = tokens[c + 1]
            guard opener.is(.relative) || opener.is(.determiner) || opener.kind == .number
                || RolePhrases(passage: passage).after(c) != nil else { return nil }
            k = c - 1
            // "Nicholas, 34, a regime spokesperson, lives": an age before the apposition.
            if k - 1 >= floor, tokens[k].kind == .number, tokens[k - 1].isPunctuation(",") { k -= 2 }
            skipped += 1
        }
        return k >= floor ? k : nil
    }

    /// The name mention whose run ends at the subject's last token, if any.
    func mention(before verb: Int, floor: Int) -> NameMention? {
        guard let end = end(before: verb, floor: floor),
              let mention = passage.name(covering: end), mention.run.upperBound - 1 == end else { return nil }
        return mention
    }
}
