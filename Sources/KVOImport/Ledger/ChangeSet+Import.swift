import KVOModel

/// An import collects its records in a `ChangeSet` (which gives new records the next free IDs of
/// their kind, one after the other) and checks it before it reports: an import cannot store what
/// `open` would refuse, and says so at once, before anything is shown as imported.
extension ChangeSet {
    /// Replaces a record (or a section, which may not exist yet) with a changed copy; an import
    /// leaves a record it did not change out of the amendment.
    mutating func update(_ before: Record?, to after: Record, kind: RecordKind) {
        guard before != after else { return }
        change(before, to: after, kind: kind)
    }

    /// The set, once every record has passed the schema's checks.
    func checkedForImport() throws(Diagnostic) -> ChangeSet {
        do {
            _ = try amendment(command: "import", at: "", by: "")
        } catch {
            let singular = base.schema.kind(named: error.kind)?.singular ?? error.kind
            throw Diagnostic.importing(Message(en: "kvo made a \(singular) it cannot store (\(error.message.en)); nothing was imported",
                                               nl: "kvo maakte een record \(error.kind) dat het niet kan opslaan (\(error.message.nl)); er is niets geïmporteerd"),
                                       hint: Message(en: "this is a bug in kvo; please report it with the file", nl: "dit is een fout in kvo; meld hem graag, met het bestand"))
        }
        return self
    }
}
