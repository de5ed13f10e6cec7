/// A survey theme of handbook §4.1.1 (T01 ... T12), with its subjects.
public struct Theme: Hashable, Sendable {
    public let id: String
    public let dutch: String
    public let english: String
    /// Mandatory themes must be in the survey with at least `minimumBlocks` subjects.
    public let mandatory: Bool
    public let minimumBlocks: Int
    public let subjects: [Subject]

    public init(id: String, dutch: String, english: String, mandatory: Bool, minimumBlocks: Int, subjects: [Subject]) {
        self.id = id
        self.dutch = dutch
        self.english = english
        self.mandatory = mandatory
        self.minimumBlocks = minimumBlocks
        self.subjects = subjects
    }
}

/// A numbered survey subject (1 ... 44). Subjects 16, 23 and 33 are mandatory open questions.
public struct Subject: Hashable, Sendable {
    public let number: Int
    public let dutch: String
    public let english: String
    public let mandatoryOpenQuestion: Bool

    public init(number: Int, dutch: String, english: String, mandatoryOpenQuestion: Bool) {
        self.number = number
        self.dutch = dutch
        self.english = english
        self.mandatoryOpenQuestion = mandatoryOpenQuestion
    }
}

extension Theme {
    /// The theme's name in both languages: "Overlast" / "Nuisance".
    public var name: Message { Message(en: english, nl: dutch) }

    /// The theme's name in a language.
    public func name(_ language: Language) -> String { name.text(language) }
}
