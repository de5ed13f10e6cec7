/// Opening a dossier file: the lock, and the journal a session that died left behind.
extension Workspace {
    public enum JournalChoice {
        /// Replay the amendments the journal holds.
        case replay
        /// Start from the file as saved and delete the journal.
        case discard
        /// Open the file as saved, read-only, and leave the journal for later.
        case readOnly
        /// Neither: opening stops.
        case refuse
    }

    public struct OpenFailure: Error {
        public let message: Message
        public let hint: Message?
        public let line: Int?
        public let column: Int?
        /// The message is a whole sentence ("cannot read ..."), not to be put after "cannot open FILE:".
        public var isWhole = false
        /// The file's bytes when the problem is inside them (`line` and `column` set), so that the
        /// caller can show the line with a caret without reading the file a second time.
        public var bytes: [UInt8]? = nil
    }

    /// The hint for a journal that cannot be replayed.
    static let journalHint = Message(en: "open it with --readonly to look, or throw the journal away with --discard",
                                     nl: "open het met --readonly om te kijken, of gooi het journaal weg met --discard")

    /// The dossier in the file, and the hash of the bytes read when `hashed` (a read-only
    /// workspace never writes, so it needs none: 18 M instructions on the upper-bound dossier).
    /// Read first into pages given back as they are parsed (`FileBuffer`: the bytes and the
    /// records are never in memory whole together; issue 15); a file that does not load so is
    /// read again whole and loaded as before, for the error and its place.
    private static func load(_ path: String, hashed: Bool) throws(OpenFailure) -> (Dossier, FileHash?) {
        if let loaded = Dossier.load(releasingFileAt: path, hashed: hashed) { return loaded }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(path)
        } catch {
            throw OpenFailure(message: error.message, hint: nil, line: nil, column: nil, isWhole: true)
        }
        do {
            return (try Dossier.load(bytes), hashed ? FileHash(of: bytes) : nil)
        } catch {
            throw OpenFailure(message: error.located, hint: nil, line: error.line, column: error.column, bytes: bytes)
        }
    }

    /// Opens a dossier file. `journalChoice` is asked when a journal of unsaved amendments is
    /// found; `discardJournal` (`--discard`) throws one away without asking.
    public static func open(_ path: String, readOnly: Bool, discardJournal: Bool = false, user: String, now: String,
                            journalChoice: (Int) -> JournalChoice) throws(OpenFailure) -> (Workspace, replayed: Int) {
        let (dossier, hash) = try load(path, hashed: !readOnly)
        let file = FileSystem.resolved(path)
        let lock = readOnly ? nil : try takeLock(path, file: file, user: user, now: now)
        if lock != nil { FileSystem.removeTemporaryFiles(of: file) }
        let journal = Journal(dossierPath: file)
        func workspace(readOnly: Bool) -> Workspace {
            let w = Workspace(path: path, dossier: dossier, readOnly: readOnly, journal: readOnly ? nil : journal, lock: readOnly ? nil : lock)
            w.file = file
            w.diskHash = hash
            return w
        }
        // Read-only never touches the journal; --discard throws it away unread (it may be damaged).
        guard !readOnly, let hash, journal.exists else { return (workspace(readOnly: readOnly), 0) }
        if discardJournal {
            journal.discard()
            return (workspace(readOnly: false), 0)
        }
        let pending: [Amendment]
        do {
            pending = try unsavedAmendments(in: journal, fileHash: hash, path: path)
        } catch {
            lock?.release()
            throw error
        }
        if pending.isEmpty {
            journal.discard()
            return (workspace(readOnly: false), 0)
        }
        switch journalChoice(pending.count) {
        case .refuse:
            lock?.release()
            throw OpenFailure(message: Workspace.unsaved(pending.count, path: path),
                              hint: Message(en: "replay them with --recover (or answer when asked), throw them away with --discard, or open it --readonly to look first",
                                            nl: "speel ze opnieuw af met --recover (of antwoord als het gevraagd wordt), gooi ze weg met --discard, of open het eerst --readonly om te kijken"),
                              line: nil, column: nil)
        case .discard:
            journal.discard()
            return (workspace(readOnly: false), 0)
        case .readOnly:
            lock?.release()
            return (workspace(readOnly: true), 0)
        case .replay:
            let w = workspace(readOnly: false)
            do {
                try w.replay(pending)
            } catch {
                lock?.release()
                throw error
            }
            return (w, pending.count)
        }
    }

    private static func takeLock(_ path: String, file: String, user: String, now: String) throws(OpenFailure) -> LockFile {
        let lock = LockFile(dossierPath: file)
        do {
            try lock.acquire(user: user, at: now)
            return lock
        } catch let held as LockFile.Held {
            throw OpenFailure(message: Workspace.heldMessage(path, held),
                              hint: Message(en: "open it read-only with: open \(path) --readonly",
                                            nl: "open het alleen-lezen met: open \(path) --readonly"),
                              line: nil, column: nil)
        } catch let failure as IOError {
            throw OpenFailure(message: failure.message, hint: nil, line: nil, column: nil, isWhole: true)
        } catch {
            throw OpenFailure(message: .verbatim("\(error)"), hint: nil, line: nil, column: nil, isWhole: true)
        }
    }

    /// The amendments a journal holds that the file on disk lacks: none when the journal is
    /// stale (a save wrote the file and died before removing it); a failure when the journal is
    /// damaged or was written for another version of the file.
    static func unsavedAmendments(in journal: Journal, fileHash: FileHash, path: String) throws(OpenFailure) -> [Amendment] {
        let contents: Journal.Contents
        do {
            contents = try journal.read()
        } catch let damage as Journal.Damage {
            throw OpenFailure(message: damage.message + Message(en: "; nothing was replayed", nl: "; er is niets opnieuw afgespeeld"),
                              hint: journalHint, line: nil, column: nil)
        } catch let failure as IOError {
            throw OpenFailure(message: failure.message, hint: journalHint, line: nil, column: nil)
        } catch {
            throw OpenFailure(message: .verbatim("\(error)"), hint: journalHint, line: nil, column: nil)
        }
        if contents.saves.contains(fileHash) { return [] }
        if let base = contents.base, base != fileHash {
            let n = contents.amendments.count
            throw OpenFailure(message: Message(en: "the journal \(journal.path) was written for another version of \(path) (the file changed since); its \(n == 1 ? "1 amendment" : "\(n) amendments") cannot be replayed",
                                               nl: "het journaal \(journal.path) is geschreven bij een andere versie van \(path) (het bestand is sindsdien gewijzigd); \(n == 1 ? "de wijziging kan" : "de \(n) wijzigingen kunnen") niet opnieuw worden afgespeeld"),
                              hint: journalHint, line: nil, column: nil)
        }
        return contents.amendments
    }

    /// Applies the journal's amendments, each checked as a change set is (`ChangeSet.refusal`).
    private func replay(_ pending: [Amendment]) throws(OpenFailure) {
        var replayed = dossier
        for (i, amendment) in pending.enumerated() {
            var why: Message?
            do {
                try amendment.apply(to: &replayed)
                why = ChangeSet.refusal(for: amendment.changes, in: replayed)?.message
            } catch {
                why = error.message
            }
            if let why {
                throw OpenFailure(message: Message(en: "the journal does not fit the dossier (amendment \(i + 1), \(amendment.command)): ",
                                                   nl: "het journaal past niet bij het dossier (wijziging \(i + 1), \(amendment.command)): ") + why,
                                  hint: Workspace.journalHint, line: nil, column: nil)
            }
        }
        dossier = replayed
        amendments = pending
        undoStack = pending
        for amendment in pending { touch(amendment, .replayed) }
        replayedJournal = true
    }

    /// "PATH has 1 amendment in its journal that was never saved" / "... 2 amendments ... that were".
    static func unsaved(_ count: Int, path: String) -> Message {
        count == 1
            ? Message(en: "\(path) has 1 amendment in its journal that was never saved",
                      nl: "\(path) heeft in zijn journaal 1 wijziging die niet bewaard is")
            : Message(en: "\(path) has \(count) amendments in its journal that were never saved",
                      nl: "\(path) heeft in zijn journaal \(count) wijzigingen die niet bewaard zijn")
    }

    /// "PATH is being edited by process 4242 of anna on laptop-7, since ...".
    public static func heldMessage(_ path: String, _ held: LockFile.Held) -> Message {
        Message(en: "\(path) is being edited by ", nl: "\(path) wordt bewerkt door ") + held.owner
    }

}
