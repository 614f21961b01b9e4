/// Closed lists of words the segmenter's rules name.
///
/// After an ambiguous abbreviation or an initial, a capitalised word is a new sentence only if it
/// is one that ordinarily opens sentences: a pronoun, determiner, conjunction, preposition,
/// auxiliary or sentence adverb ("the U.S. How about you?", "you and I. Did you see ..."). A
/// capitalised noun or name continues the sentence ("the U.S. Government", "Albert I. Jones").
/// Words that are also common first names (May, Will, Mark, Bill, Grant, Hope) are left out on
/// purpose.
enum SentenceWords {
    static let openers = WordSet([
        "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I",
        "You", "His", "Her", "Their", "Our", "My", "Your", "Him", "Them", "Us", "There", "Here",
        "What", "Who", "Whom", "Whose", "Which", "Where", "When", "Why", "How", "Whether", "If",
        "Unless", "Although", "Though", "While", "Whereas", "Because", "Since", "As", "After", "Before",
        "Until", "Once", "And", "But", "Or", "Nor", "So", "Yet", "For", "However", "Meanwhile",
        "Moreover", "Furthermore", "Therefore", "Thus", "Nevertheless", "Nonetheless", "Instead",
        "Still", "Also", "Then", "Now", "Today", "Yesterday", "Tomorrow", "Later", "Earlier", "Finally",
        "First", "Second", "Third", "Last", "Next", "In", "On", "At", "By", "From", "With", "Without",
        "Within", "Under", "Over", "During", "Despite", "Among", "Between", "Through", "Throughout",
        "Against", "Into", "Toward", "Towards", "About", "Above", "Below", "Beyond", "Near", "Of", "To",
        "Some", "Many", "Most", "Much", "More", "Several", "Few", "All", "Both", "Each", "Every", "Any",
        "No", "None", "Not", "Neither", "Either", "Another", "Other", "Others", "Such", "Only", "Just",
        "Even", "Please", "Yes", "Is", "Are", "Was", "Were", "Be", "Been", "Being", "Do", "Does", "Did",
        "Can", "Could", "Should", "Would", "Might", "Must", "Shall", "Has", "Have", "Had", "Let",
        "Nobody", "Nothing", "Everyone", "Everybody", "Everything", "Someone", "Somebody", "Something",
        "Anyone", "Anything", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
        "Ten", "Hundreds", "Thousands", "Millions", "Dozens", "According", "Asked", "Like", "Unlike",
        "Whatever", "Whoever", "Wherever", "Whenever", "Indeed", "Perhaps", "Maybe", "Otherwise",
        "Hence", "Accordingly", "Consequently", "Similarly", "Likewise", "Besides", "Regardless",
        "Already", "Again", "Often", "Sometimes", "Never", "Always", "Soon", "Afterward", "Afterwards",
        "Ultimately", "Overall", "Currently", "Recently", "Previously", "Additionally", "Separately",
        "Specifically", "Notably", "Importantly", "Initially", "Eventually",
    ])

    /// Stems of contractions that open sentences: "Don't", "Isn't", "Can't" read as "Don", "Isn",
    /// "Can" followed by an apostrophe.
    static let contractionStems = WordSet([
        "Don", "Doesn", "Didn", "Isn", "Wasn", "Aren", "Weren", "Couldn", "Wouldn", "Shouldn", "Hasn",
        "Haven", "Hadn", "Won", "Ain", "Mustn", "Needn",
    ])

    /// Words that continue a time ("5 p.m. Friday", "10 a.m. ET", "9 a.m. Eastern").
    static let timeFollowers = WordSet([
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec",
        "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "UTC",
        "BST", "CET", "CEST", "Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Hawaii", "Alaska",
        "Local",
    ])

    /// Words that open a time phrase standing before the main clause ("At 5 a.m. Mr. Smith
    /// went ..."). A sentence made of such a phrase alone is not a sentence.
    static let timePhraseOpeners = WordSet([
        "At", "By", "Around", "Until", "Till", "Before", "After", "From", "Since", "About", "Shortly",
        "Sometime", "Just", "Early", "Late", "Starting", "Beginning", "Between", "On", "Approximately",
        "Roughly", "Nearly", "Almost", "Past", "Soon",
    ])

    /// Verbs of a speech tag after a quoted question or exclamation ("“Why now?” Maduro asked.").
    static let speechVerbs = WordSet([
        "said", "says", "asked", "asks", "added", "adds", "told", "wrote", "writes", "replied",
        "shouted", "yelled", "exclaimed", "tweeted", "posted", "insisted", "recalled", "wondered",
        "continued", "explained", "declared", "cried", "answered", "responded", "remarked", "joked",
        "warned", "noted", "argued", "demanded", "chanted", "screamed", "whispered", "laughed",
    ])
}
