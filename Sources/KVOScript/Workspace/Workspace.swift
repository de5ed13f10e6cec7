import Dispatch
import KVOModel
import KVOChecks

/// The open dossier: its file, the state on disk (for `diff`), the amendments since opening (for
/// `changes`), undo and redo, the journal that makes each amendment durable before it is
/// acknowledged, and the lock that keeps a second writer out.
public final class Workspace {
    /// nil for a dossier made with `new` and not yet saved.
    public private(set) var path: String?
    /// The file `path` names, links followed: what is read, written, locked and journaled.
    private var file: String?
    /// The file as last read or written: a save refuses to overwrite another program's changes.
    private var diskHash: FileHash?
    /// The session began by replaying a journal and has not saved since: those amendments were
    /// acknowledged by a session that died, so ending this one keeps them (`finish`).
    public private(set) var replayedJournal = false
    public private(set) var dossier: Dossier
    /// The dossier as last read from or written to disk.
    public private(set) var saved: Dossier
    public private(set) var amendments: [Amendment] = []
    private var undoStack: [Amendment] = []
    private var redoStack: [Amendment] = []
    public let readOnly: Bool
    private var journal: Journal?
    private var lock: LockFile?
    /// Changed since the last save.
    public private(set) var isDirty = false
    /// What checks derive from this dossier, kept until it changes.
    public private(set) var checkCache = CheckCache()
    /// The records touched since the last save, by ID, with their kind: all `diff` needs to look at.
    public private(set) var touched: [String: String] = [:]

    private func touch(_ amendment: Amendment) {
        checkCache.update(with: amendment.changes)
        for change in amendment.changes { touched[change.id] = change.kind }
        isDirty = true
    }

    init(path: String?, dossier: Dossier, readOnly: Bool, journal: Journal?, lock: LockFile?) {
        self.path = path
        self.dossier = dossier
        self.saved = dossier
        self.readOnly = readOnly
        self.journal = journal
        self.lock = lock
    }

    deinit { lock?.release() }

    public var schema: Schema { dossier.schema }

    /// A short name for prompts and messages.
    public var displayName: String { displayName(in: .en) }

    /// A short name for prompts and messages: the file's name, else the dossier's, else "new dossier".
    public func displayName(in language: Language) -> String {
        guard let path else { return dossier.name ?? Message(en: "new dossier", nl: "nieuw dossier").text(language) }
        var name = FileStore.fileName(of: path)
        if name.hasSuffix(".json") { name.removeLast(5) }
        return name
    }

    // MARK: opening

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
    }

    /// The hint for a journal that cannot be replayed.
    static let journalHint = Message(en: "open it with --readonly to look, or throw the journal away with --discard",
                                     nl: "open het met --readonly om te kijken, of gooi het journaal weg met --discard")

    /// Opens a dossier file. `journalChoice` is asked when a journal of unsaved amendments is
    /// found; `discardJournal` (`--discard`) throws one away without asking.
    public static func open(_ path: String, readOnly: Bool, discardJournal: Bool = false, user: String, now: String,
                            journalChoice: (Int) -> JournalChoice) throws(OpenFailure) -> (Workspace, replayed: Int) {
        let bytes: [UInt8]
        do {
            bytes = try FileStore.read(path)
        } catch {
            throw OpenFailure(message: error.message, hint: nil, line: nil, column: nil, isWhole: true)
        }
        let dossier: Dossier
        do {
            dossier = try Dossier.load(bytes)
        } catch {
            throw OpenFailure(message: error.located, hint: nil, line: error.line, column: error.column)
        }
        let file = FileStore.resolved(path)
        let hash = FileHash(of: bytes)
        let lock = readOnly ? nil : try takeLock(path, file: file, user: user, now: now)
        if lock != nil { FileStore.removeTemporaryFiles(of: file) }
        let journal = Journal(dossierPath: file)
        func workspace(readOnly: Bool) -> Workspace {
            let w = Workspace(path: path, dossier: dossier, readOnly: readOnly, journal: readOnly ? nil : journal, lock: readOnly ? nil : lock)
            w.file = file
            w.diskHash = hash
            return w
        }
        // Read-only never touches the journal; --discard throws it away unread (it may be damaged).
        guard !readOnly, journal.exists else { return (workspace(readOnly: readOnly), 0) }
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
        } catch let failure as FileStore.Failure {
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
        } catch let failure as FileStore.Failure {
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

    /// Applies the journal's amendments, each checked as a command would be.
    private func replay(_ pending: [Amendment]) throws(OpenFailure) {
        var replayed = dossier
        for (i, amendment) in pending.enumerated() {
            do throws(DossierError) {
                try amendment.apply(to: &replayed)
                for change in amendment.changes {
                    guard let after = change.after, let kind = replayed.schema.kind(named: change.kind),
                          let problem = Dossier.problems(in: after, of: kind).first else { continue }
                    throw DossierError(message: Message(en: "\(change.id).\(problem.field): ", nl: "\(change.id).\(problem.field): ") + problem.message)
                }
            } catch {
                throw OpenFailure(message: Message(en: "the journal does not fit the dossier (amendment \(i + 1), \(amendment.command)): ",
                                                   nl: "het journaal past niet bij het dossier (wijziging \(i + 1), \(amendment.command)): ") + error.message,
                                  hint: Workspace.journalHint, line: nil, column: nil)
            }
        }
        dossier = replayed
        amendments = pending
        undoStack = pending
        pending.forEach(touch)
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
    static func heldMessage(_ path: String, _ held: LockFile.Held) -> Message {
        Message(en: "\(path) is being edited by ", nl: "\(path) wordt bewerkt door ") + held.owner
    }

    /// Reads what the checks derive from the dossier on another thread, so that the first `check`
    /// after opening a large dossier answers as fast as the next (see `CheckCache.warm`).
    public func prepareChecks() {
        let cache = checkCache, dossier = dossier, ticket = checkCache.ticket
        DispatchQueue.global(qos: .utility).async { cache.warm(dossier, ticket: ticket) }
    }

    /// A new, empty dossier with no file yet.
    public static func new(name: String?) -> Workspace {
        Workspace(path: nil, dossier: Dossier(name: name), readOnly: false, journal: nil, lock: nil)
    }

    // MARK: amending

    /// Applies an amendment: journaled first (durable), then applied, then acknowledged.
    public func amend(_ amendment: Amendment) throws {
        var next = dossier
        try amendment.apply(to: &next)
        try journaled(amendment)
        dossier = next
        amendments.append(amendment)
        undoStack.append(amendment)
        redoStack.removeAll()
        touch(amendment)
    }

    /// Appends to the journal (a new dossier without a file has none): it names the file on disk.
    private func journaled(_ amendment: Amendment) throws {
        guard let journal, let diskHash else { return }
        try journal.append(amendment, base: diskHash)
    }

    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    /// Takes the last amendment back; returns it.
    public func undo(command: String, at: String, by: String) throws -> Amendment? {
        guard let last = undoStack.last else { return nil }
        let inverse = last.inverse(command: command, at: at, by: by)
        var next = dossier
        try inverse.apply(to: &next)
        try journaled(inverse)
        dossier = next
        undoStack.removeLast()
        redoStack.append(last)
        amendments.append(inverse)
        touch(inverse)
        return last
    }

    public func redo(command: String, at: String, by: String) throws -> Amendment? {
        guard let next = redoStack.last else { return nil }
        let again = Amendment(command: command, at: at, by: by, changes: next.changes)
        var state = dossier
        try again.apply(to: &state)
        try journaled(again)
        dossier = state
        redoStack.removeLast()
        undoStack.append(next)
        amendments.append(again)
        touch(again)
        return next
    }

    // MARK: saving

    /// Why a save or reload did not happen, with what the user can do.
    public struct Refusal: Error {
        public let message: Message
        public let hint: Message
    }

    /// Writes the dossier (to `newPath` when given, which then becomes its file). It refuses to
    /// overwrite a file that changed on disk since it was read, or one that is read-only, unless
    /// `force`. The journal notes the save before the rename, so that a kill between the rename
    /// and the journal's removal leaves a journal the next open recognises as stale.
    public func save(to newPath: String? = nil, force: Bool = false, user: String, now: String) throws {
        guard let target = newPath ?? path else {
            throw FileStore.Failure(message: Message(en: "this dossier has no file yet; give one: save PATH",
                                                     nl: "dit dossier heeft nog geen bestand; geef er een: bewaar PAD"))
        }
        let bytes = try dossier.encoded()
        let hash = FileHash(of: bytes)
        let targetFile = FileStore.resolved(target)
        if targetFile == file {
            try checkUnchangedOnDisk(target, force: force)
            try checkWritable(target, force: force)
            try journal?.noteSave(of: hash)
            try FileStore.writeAtomically(bytes, to: targetFile)
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
            try FileStore.writeAtomically(bytes, to: targetFile)
            newJournal.discard()
            journal?.discard()
            lock?.release()
            lock = newLock
            journal = newJournal
            path = target
            file = targetFile
        }
        diskHash = hash
        saved = dossier
        isDirty = false
        replayedJournal = false
        touched = [:]
    }

    /// A save over another program's changes loses them: refuse unless forced.
    private func checkUnchangedOnDisk(_ target: String, force: Bool) throws {
        guard !force, let file, FileStore.exists(file) else { return }
        guard FileHash(of: try FileStore.read(file)) != diskHash else { return }
        throw Refusal(message: Message(en: "\(target) was changed on disk since kvo read it; saving would overwrite those changes",
                                       nl: "\(target) is op schijf gewijzigd sinds kvo het las; bewaren zou die wijzigingen overschrijven"),
                      hint: Message(en: "read it again with: reload (your unsaved amendments are then lost), or overwrite it anyway with: save --force",
                                    nl: "lees het opnieuw met: herlaad (uw niet-bewaarde wijzigingen gaan dan verloren), of overschrijf het toch met: bewaar --force"))
    }

    /// A file made read-only says "do not write me": refuse unless forced.
    private func checkWritable(_ target: String, force: Bool) throws {
        guard !force, FileStore.isReadOnly(target) else { return }
        throw Refusal(message: Message(en: "\(target) is read-only", nl: "\(target) is alleen-lezen"),
                      hint: Message(en: "make it writable first, or save anyway with: save --force",
                                    nl: "maak het eerst schrijfbaar, of bewaar toch met: bewaar --force"))
    }

    /// Reads the file again, as it is on disk now. Unsaved amendments are refused unless `force`,
    /// which throws them away (and the journal with them).
    public func reload(force: Bool) throws {
        guard let path, let file else {
            throw FileStore.Failure(message: Message(en: "this dossier has no file yet", nl: "dit dossier heeft nog geen bestand"))
        }
        if isDirty, !force {
            throw Refusal(message: Message(en: "there are unsaved amendments; reloading would throw them away",
                                           nl: "er zijn niet-bewaarde wijzigingen; herladen zou ze weggooien"),
                          hint: Message(en: "save them first (save --force overwrites the file), or throw them away with: reload --force",
                                        nl: "bewaar ze eerst (bewaar --force overschrijft het bestand), of gooi ze weg met: herlaad --force"))
        }
        let bytes = try FileStore.read(file)
        let loaded: Dossier
        do {
            loaded = try Dossier.load(bytes)
        } catch {
            let place: Message = error.line.map { Message(en: " (line \($0))", nl: " (regel \($0))") } ?? .verbatim("")
            throw FileStore.Failure(message: Message(en: "\(path): ", nl: "\(path): ") + error.located + place)
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
        checkCache = CheckCache()
    }

    /// Lets go of the file: the lock, and (when discarding) the journal.
    public func close(discardingChanges: Bool) {
        if discardingChanges { journal?.discard() }
        lock?.release()
        lock = nil
    }
}
