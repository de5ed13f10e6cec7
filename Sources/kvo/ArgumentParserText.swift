import KVOModel

/// ArgumentParser writes the frame of `--help` and of its usage errors itself, in English
/// ("USAGE:", "OPTIONS:", "Show help information.", "Error: Unknown option ..."). kvo's own help
/// texts are chosen in the start-up language (`startupLanguage`); this puts that frame in the
/// same language, so that `LANG=nl_NL.UTF-8 kvo --help` is Dutch throughout.
enum ArgumentParserText {
    /// ArgumentParser's fixed phrases and kvo's Dutch for them. Each English phrase is one of
    /// ArgumentParser 1.x's (HelpGenerator, UsageGenerator, MessageInfo).
    static let phrases: [Message] = [
        Message(en: "OVERVIEW: ", nl: "OVERZICHT: "),
        Message(en: "ARGUMENTS:\n", nl: "ARGUMENTEN:\n"),
        Message(en: "OPTIONS:\n", nl: "OPTIES:\n"),
        Message(en: "SUBCOMMANDS:\n", nl: "SUBOPDRACHTEN:\n"),
        Message(en: "Show help information.", nl: "Toon deze hulp."),
        Message(en: "Show the version.", nl: "Toon het versienummer."),
        Message(en: "(default: ", nl: "(standaard: "),
        Message(en: " <subcommand>\n", nl: " <subopdracht>\n"),
        Message(en: "[<options>]", nl: "[<opties>]"),
        Message(en: "<subcommand>' for detailed help.", nl: "<subopdracht>' voor uitgebreide hulp."),
        Message(en: "  See '", nl: "  Zie '"),
        Message(en: "' for more information.", nl: "' voor meer informatie."),
        Message(en: "Error: ", nl: "Fout: "),
        Message(en: "Help:  ", nl: "Hulp:  "),
        Message(en: "Unknown option '", nl: "Onbekende optie '"),
        Message(en: "'. Did you mean '", nl: "'. Bedoelde u '"),
        Message(en: "Missing value for '", nl: "Waarde ontbreekt voor '"),
        Message(en: "Unexpected argument '", nl: "Onverwacht argument '"),
        Message(en: "Missing expected argument '", nl: "Verwacht argument ontbreekt: '"),
        Message(en: "The value '", nl: "De waarde '"),
        Message(en: "' is invalid for '", nl: "' is ongeldig voor '"),
    ]

    /// `text` as ArgumentParser wrote it, its frame in `language`. The usage lines keep lining
    /// up under a heading of another length.
    static func localized(_ text: String, _ language: Language) -> String {
        guard language != .en else { return text }
        var out = text
        for phrase in phrases { out = out.replacing(phrase.en, with: phrase.text(language)) }
        out = relabel(out, from: "USAGE: ", to: Message(en: "USAGE: ", nl: "GEBRUIK: ").text(language))
        out = relabel(out, from: "Usage: ", to: Message(en: "Usage: ", nl: "Gebruik: ").text(language))
        return out
    }

    /// Replaces a heading at the start of a line and indents the lines that hang under it.
    private static func relabel(_ text: String, from old: String, to new: String) -> String {
        let shift = String(repeating: " ", count: max(new.count - old.count, 0))
        let hanging = String(repeating: " ", count: old.count)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var inside = false
        for i in lines.indices {
            if lines[i].hasPrefix(old) {
                lines[i] = new + lines[i].dropFirst(old.count)
                inside = true
            } else if inside, lines[i].hasPrefix(hanging), !lines[i].isEmpty {
                lines[i] = shift + lines[i]
            } else {
                inside = false
            }
        }
        return lines.joined(separator: "\n")
    }
}
