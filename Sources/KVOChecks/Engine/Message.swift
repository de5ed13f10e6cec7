/// A sentence in English and in Dutch (`--lang en|nl`). Rule IDs stay the same in both.
public struct Message: Sendable, Equatable {
    public let en: String
    public let nl: String

    public init(en: String, nl: String) {
        self.en = en
        self.nl = nl
    }

    public func text(_ language: Language) -> String { language == .nl ? nl : en }
}

public enum Language: String, Sendable, CaseIterable {
    case en, nl
}
