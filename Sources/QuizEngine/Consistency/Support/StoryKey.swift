/// What a check buckets claims by: a story, and what within it two claims must share to be
/// compared (a dimension, an event noun, a person's last name).
///
/// The checks keyed their buckets by a string made for every claim, "\(story)|\(subject)":
/// formatting the story number and joining the parts before hashing them cost 8M of a
/// 1,000-article compile's 1,464M instructions (the buckets took 44M with the strings, 36M
/// without). A story number holds no "|", so the string told two keys apart exactly when the
/// story and the subject differ; this key compares those instead.
struct StoryKey<Subject: Hashable>: Hashable {
    let story: Int
    let subject: Subject

    init(_ story: Int, _ subject: Subject) {
        self.story = story
        self.subject = subject
    }
}

/// Two strings of a key that were joined with "|" ("money:USD" and a topic's head). Joined,
/// they were told apart exactly when the two parts are, as long as the second holds no "|":
/// the keys that use this hold scanned words there, which never do.
struct KeyPair: Hashable {
    let first: String
    let second: String
}
