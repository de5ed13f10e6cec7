/// The language a session speaks: every text kvo shows is a `Message` in both, and a session
/// picks one. Input is accepted in both whatever the session speaks (docs/language.md).
public enum Language: String, Sendable, CaseIterable, Hashable {
    case en, nl

    /// `nl`, `nl_NL.UTF-8`, `nl-BE`, `en_GB` ... as a language; nil for any other.
    public init?(code: some StringProtocol) {
        // The language part of a locale name: "nl_NL.UTF-8" → "nl", "C.UTF-8" → "c".
        let part = code.lowercased().prefix { $0.isLetter }
        switch part {
        case Language.nl.rawValue: self = .nl
        case Language.en.rawValue, "c", "posix": self = .en
        default: return nil
        }
    }

    /// Which language a session speaks: `--lang` wins, then the dossier's `language` field (a
    /// Dutch workgroup gets Dutch on any laptop), then the first of LC_ALL, LC_MESSAGES and LANG
    /// that is set, else English. `environment` looks a variable up.
    public static func resolve(flag: Language?, dossier: Language?, environment: (String) -> String?) -> Language {
        if let flag { return flag }
        if let dossier { return dossier }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment(name), !value.isEmpty { return Language(code: value) ?? .en }
        }
        return .en
    }

    /// The other language, for a text shown in both ("rule text in Dutch, then in English").
    public var other: Language { self == .nl ? .en : .nl }
}
