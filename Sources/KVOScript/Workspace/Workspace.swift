import Dispatch
import KVOModel
import KVOChecks

/// The open dossier: its file, the state on disk (for `diff`), the amendments since opening (for
/// `changes`), undo and redo, the journal that makes each amendment durable before it is
/// acknowledged, and the lock that keeps a second writer out.
public final class Workspace {
    /// nil for a dossier made with `new` and not yet saved.
    public private(set) var path: String?
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


    /// Opens a dossier file. `journalChoice` is asked when a journal of unsaved amendments is found.
    public static func open(_ path: String, readOnly: Bool, user: String, now: String,
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
        var lock: LockFile?
        if !readOnly {
            let candidate = LockFile(dossierPath: path)
            do {
                try candidate.acquire(user: user, at: now)
                lock = candidate
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
        let journal = Journal(dossierPath: path)
        let workspace = Workspace(path: path, dossier: dossier, readOnly: readOnly, journal: readOnly ? nil : journal, lock: lock)
        guard journal.exists else { return (workspace, 0) }
        let pending: [Amendment]
        do {
            pending = try journal.read()
        } catch {
            throw OpenFailure(message: error.message, hint: nil, line: nil, column: nil, isWhole: true)
        }
        if pending.isEmpty {
            if !readOnly { journal.discard() }
            return (workspace, 0)
        }
        switch journalChoice(pending.count) {
        case .refuse:
            lock?.release()
            workspace.lock = nil
            throw OpenFailure(message: Workspace.unsaved(pending.count, path: path),
                              hint: Message(en: "replay them with --recover (or answer yes when asked), or open it --readonly to look first",
                                            nl: "speel ze opnieuw af met --recover (of antwoord ja als het gevraagd wordt), of open het eerst --readonly om te kijken"),
                              line: nil, column: nil)
        case .discard:
            if !readOnly { journal.discard() }
            return (workspace, 0)
        case .replay:
            var replayed = dossier
            for amendment in pending {
                do {
                    try amendment.apply(to: &replayed)
                } catch {
                    lock?.release()
                    workspace.lock = nil
                    throw OpenFailure(message: Message(en: "the journal does not fit the dossier: ", nl: "het journaal past niet bij het dossier: ")
                                                   + error.message,
                                      hint: Message(en: "the file was changed after the journal was written; open it --readonly to compare",
                                                    nl: "het bestand is gewijzigd nadat het journaal geschreven is; open het --readonly om te vergelijken"),
                                      line: nil, column: nil)
                }
            }
            workspace.dossier = replayed
            workspace.amendments = pending
            workspace.undoStack = pending
            pending.forEach(workspace.touch)
            return (workspace, pending.count)
        }
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
        if let journal { try journal.append(amendment) }
        dossier = next
        amendments.append(amendment)
        undoStack.append(amendment)
        redoStack.removeAll()
        touch(amendment)
    }

    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    /// Takes the last amendment back; returns it.
    public func undo(command: String, at: String, by: String) throws -> Amendment? {
        guard let last = undoStack.last else { return nil }
        let inverse = last.inverse(command: command, at: at, by: by)
        var next = dossier
        try inverse.apply(to: &next)
        if let journal { try journal.append(inverse) }
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
        if let journal { try journal.append(again) }
        dossier = state
        redoStack.removeLast()
        undoStack.append(next)
        amendments.append(again)
        touch(again)
        return next
    }

    // MARK: saving

    /// Writes the dossier (to `newPath` when given, which then becomes its file).
    public func save(to newPath: String? = nil, user: String, now: String) throws {
        guard let target = newPath ?? path else {
            throw FileStore.Failure(message: Message(en: "this dossier has no file yet; give one: save PATH",
                                                     nl: "dit dossier heeft nog geen bestand; geef er een: bewaar PAD"))
        }
        if let newPath, newPath != path {
            let newLock = LockFile(dossierPath: newPath)
            try newLock.acquire(user: user, at: now)
            try FileStore.writeAtomically(dossier.encoded(), to: newPath)
            journal?.discard()
            lock?.release()
            lock = newLock
            journal = Journal(dossierPath: newPath)
            path = newPath
        } else {
            try FileStore.writeAtomically(dossier.encoded(), to: target)
            journal?.discard()
        }
        saved = dossier
        isDirty = false
        touched = [:]
    }

    /// Lets go of the file: the lock, and (when discarding) the journal.
    public func close(discardingChanges: Bool) {
        if discardingChanges { journal?.discard() }
        lock?.release()
        lock = nil
    }
}
