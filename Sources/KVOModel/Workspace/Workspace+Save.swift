/// Saving, reading the file again, and letting go of it.
extension Workspace {
    /// Why a save or reload did not happen, with what the user can do.
    public struct Refusal: Error {
        public let message: Message
        public let hint: Message
    }

    /// Throws a `Refusal`, `LockFile.Held`, an `IOError`, or a `Diagnostic` (no file yet, a value
    /// no file can hold).
    /// Writes the dossier (to `newPath` when given, which then becomes its file). It refuses to
    /// overwrite a file that changed on disk since it was read, or one that is read-only, unless
    /// `force`. The journal notes the save before the rename, so that a kill between the rename
    /// and the journal's removal leaves a journal the next open recognises as stale.
    public func save(to newPath: String? = nil, force: Bool = false, user: String, now: String) throws {
        // The sandbox's amendments were only ever tried: no path, no force writes them.
        guard !sandbox else { throw Self.sandboxRefusal }
        guard let target = newPath ?? path else {
            throw Diagnostic(.runtime, Message(en: "this dossier has no file yet; give one: save PATH",
                                               nl: "dit dossier heeft nog geen bestand; geef er een: bewaar PAD"))
        }
        let bytes = try dossier.encoded()
        let hash = FileHash(of: bytes)
        let targetFile = FileSystem.resolved(target)
        if targetFile == file {
            try checkUnchangedOnDisk(target, force: force)
            try checkWritable(target, force: force)
            try keepOldFormat(targetFile)
            try journal?.noteSave(of: hash)
            try FileSystem.writeAtomically(bytes, to: targetFile)
            journal?.discard()
        } else {
            try checkWritable(target, force: force)
            let newLock = LockFile(dossierPath: targetFile)
            try newLock.acquire(user: user, at: now)
            let newJournal = Journal(dossierPath: targetFile)
            if newJournal.exists, !force {
                throw Refusal(message: Message(en: "\(target) has a journal of unsaved amendments of its own",
                                               nl: "\(target) heeft een eigen journaal met niet-bewaarde wijzigingen"),
                              hint: Message(en: "open it to replay or discard them first, or overwrite it anyway with: save \(target) --force",
                                            nl: "open het eerst om ze af te spelen of weg te gooien, of overschrijf het toch met: bewaar \(target) --force"))
            }
            try FileSystem.writeAtomically(bytes, to: targetFile)
            newJournal.discard()
            journal?.discard()
            lock?.release()
            lock = newLock
            journal = newJournal
            path = target
            file = targetFile
        }
        diskHash = hash
        dossier.upgradedFrom = nil
        saved = dossier
        isDirty = false
        replayedJournal = false
        touched = [:]
    }

    /// The first save of a file kvo upgraded from an older format keeps the file as it was
    /// beside it (`de-hoek.json` → `de-hoek.v1.json`), so an older kvo can still read it. An
    /// existing copy is never overwritten: it is the oldest.
    private func keepOldFormat(_ targetFile: String) throws {
        guard let old = dossier.upgradedFrom, let copy = Workspace.oldFormatCopy(of: targetFile, format: old),
              !FileSystem.exists(copy) else { return }
        try FileSystem.writeAtomically(try FileSystem.read(targetFile), to: copy)
    }

    /// Where the file of an older format is kept: `NAME.vN.json` for `kvo-dossier/N`.
    public static func oldFormatCopy(of path: String, format: String) -> String? {
        guard let slash = format.lastIndex(of: "/") else { return nil }
        let version = format[format.index(after: slash)...]
        let stem = path.hasSuffix(".json") ? String(path.dropLast(5)) : path
        return stem + ".v" + version + ".json"
    }

    /// A save over another program's changes loses them: refuse unless forced.
    private func checkUnchangedOnDisk(_ target: String, force: Bool) throws {
        guard !force, let file, FileSystem.exists(file) else { return }
        guard FileHash(of: try FileSystem.read(file)) != diskHash else { return }
        throw Refusal(message: Message(en: "\(target) was changed on disk since kvo read it; saving would overwrite those changes",
                                       nl: "\(target) is op schijf gewijzigd sinds kvo het las; bewaren zou die wijzigingen overschrijven"),
                      hint: Message(en: "read it again with: reload (your unsaved amendments are then lost), or overwrite it anyway with: save --force",
                                    nl: "lees het opnieuw met: herlaad (uw niet-bewaarde wijzigingen gaan dan verloren), of overschrijf het toch met: bewaar --force"))
    }

    /// A file made read-only says "do not write me": refuse unless forced.
    private func checkWritable(_ target: String, force: Bool) throws {
        guard !force, FileSystem.isReadOnly(target) else { return }
        throw Refusal(message: Message(en: "\(target) is read-only", nl: "\(target) is alleen-lezen"),
                      hint: Message(en: "make it writable first, or save anyway with: save --force",
                                    nl: "maak het eerst schrijfbaar, of bewaar toch met: bewaar --force"))
    }

    /// Reads the file again, as it is on disk now. Unsaved amendments are refused unless `force`,
    /// which throws them away (and the journal with them).
    public func reload(force: Bool) throws {
        guard let path, let file else {
            throw Diagnostic(.runtime, Message(en: "this dossier has no file yet", nl: "dit dossier heeft nog geen bestand"))
        }
        if isDirty, !force {
            throw Refusal(message: Message(en: "there are unsaved amendments; reloading would throw them away",
                                           nl: "er zijn niet-bewaarde wijzigingen; herladen zou ze weggooien"),
                          hint: Message(en: "save them first (save --force overwrites the file), or throw them away with: reload --force",
                                        nl: "bewaar ze eerst (bewaar --force overschrijft het bestand), of gooi ze weg met: herlaad --force"))
        }
        let bytes = try FileSystem.read(file)
        let loaded: Dossier
        do {
            loaded = try Dossier.load(bytes)
        } catch {
            let place: Message = error.line.map { Message(en: " (line \($0))", nl: " (regel \($0))") } ?? .verbatim("")
            throw Diagnostic(.runtime, Message(en: "\(path): ", nl: "\(path): ") + error.located + place)
        }
        journal?.discard()
        dossier = loaded
        saved = loaded
        diskHash = FileHash(of: bytes)
        amendments = []
        undoStack = []
        redoStack = []
        touched = [:]
        isDirty = false
        replayedJournal = false
        notify(WorkspaceEvent(cause: .reloaded, changes: []))
    }

    /// Lets go of the file: the lock, and (when discarding) the journal.
    public func close(discardingChanges: Bool) {
        if discardingChanges { journal?.discard() }
        lock?.release()
        lock = nil
    }
}
