import KVOModel

/// The words that name parties and themes in the room, for the shell's completion: what
/// `vote` accepts, so that Tab offers exactly what may be typed.
package enum RoomWords {
    /// Each party's ID, and the type words (`politie`, `gemeente`) that name exactly one party.
    package static func parties(_ dossier: Dossier) -> [String] {
        let parties = dossier.parties
        let words = CommandSpec.partyTypes.filter { _, types in
            parties.filter { p in p.type.map(types.contains) ?? false }.count == 1
        }.map(\.key)
        return parties.map(\.id) + words.sorted()
    }

    /// Each theme's ID, and the first word of its name in the language, lower case, where that
    /// word alone names the theme (`overlast`, `nuisance`).
    package static func themes(_ language: Language) -> [String] {
        let catalogue = ThemeCatalogue.handbook
        let words = catalogue.themes.compactMap { theme -> String? in
            guard let word = theme.name(language).split(separator: " ").first.map({ String($0).lowercased() }),
                  catalogue.theme(matching: word)?.id == theme.id else { return nil }
            return word
        }
        return catalogue.themes.map(\.id) + words
    }
}
