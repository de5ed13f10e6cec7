import KVOModel

/// `COMMAND > FILE` and `COMMAND >> FILE` (docs/language.md, Output to a file).
extension Parser {
    /// The redirection at the end of a command, if any. `>>` is two `>` that touch.
    ///
    /// Grammar (docs/language.md):
    ///
    ///     redirection = ( ">" | ">>" ) word ;
    mutating func parseRedirection() throws(Diagnostic) -> Redirection? {
        guard isSymbol(.greater), nesting.isEmpty else { return nil }
        let arrow = token
        // The file is a word as written; in that mode a leading '>' is a symbol, so `>>` shows.
        try advance(.word(commas: false))
        let appends = isSymbol(.greater) && token.start == arrow.end
        if appends { try advance(.word(commas: false)) }
        let shown = appends ? ">>" : ">"
        guard let path = try readWord(then: .code) else {
            throw Diagnostic(.syntax, Message(en: "expected a file name after '\(shown)'", nl: "verwacht een bestandsnaam na '\(shown)'"),
                             source: source, at: arrow.location, length: shown.count,
                             hint: Message(en: "write it as: COMMAND \(shown) FILE", nl: "schrijf het als: OPDRACHT \(shown) BESTAND"))
        }
        guard atEndOfStatement else {
            throw unexpected(expected: Message(en: "the end of the line after '\(shown) \(path.text)'", nl: "het einde van de regel na '\(shown) \(path.text)'"),
                             hint: Message(en: "a file name with blanks goes in quotes: \(shown) \"my file.md\"",
                                           nl: "een bestandsnaam met spaties zet je tussen aanhalingstekens: \(shown) \"mijn bestand.md\""))
        }
        return Redirection(path: path, appends: appends, location: arrow.location)
    }

    /// Whether the `>` at the current token starts a redirection rather than a comparison:
    /// the first of `>>`, which never compares, or any `>` in `echo`'s values.
    mutating func atRedirectionArrow() throws(Diagnostic) -> Bool {
        guard readingCommand, nesting.isEmpty, isSymbol(.greater) else { return false }
        if greaterRedirects { return true }
        let next = try peek()
        return next.kind == .symbol(.greater) && next.start == token.end
    }
}
