/// The open dossier: its file, the state on disk (for `diff`), the amendments since opening (for
/// `changes`), undo and redo, the journal that makes each amendment durable before it is
/// acknowledged, and the lock that keeps a second writer out. Opening is `Workspace+Open`, saving
/// and reloading `Workspace+Save`. Every amendment comes as a `ChangeSet`, checked here against
/// the state it is applied to; observers (the checks' cache) are told of every change.
public final class Workspace {
    /// nil for a dossier made with `new` and not yet saved.
    public internal(set) var path: String?
    /// The file `path` names, links followed: what is read, written, locked and journaled.
    var file: String?
    /// The file as last read or written: a save refuses to overwrite another program's changes.
    var diskHash: FileHash?
    /// The session began by replaying a journal and has not saved since: those amendments were
    /// acknowledged by a session that died, so ending this one keeps them (`finish`).
    public internal(set) var replayedJournal = false
    public internal(set) var dossier: Dossier
    /// The dossier as last read from or written to disk.
    public internal(set) var saved: Dossier
    public internal(set) var amendments: [Amendment] = []
    var undoStack: [Amendment] = []
    var redoStack: [Amendment] = []
    public let readOnly: Bool
    /// `whatif on`: amendments are tried in memory only (Workspace+Sandbox); nothing is saved.
    public internal(set) var sandbox = false
    var journal: Journal?
    var lock: LockFile?
    /// Changed since the last save.
    public internal(set) var isDirty = false
    /// The records touched since the last save, by ID, with their kind: all `diff` needs to look at.
    public internal(set) var touched: [String: String] = [:]
    /// Told of every change to the dossier, in the order they were added.
    public private(set) var observers: [any WorkspaceObserver] = []

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
        var name = FileSystem.fileName(of: path)
        if name.hasSuffix(".json") { name.removeLast(5) }
        return name
    }

    /// A new, empty dossier with no file yet.
    public static func new(name: String?) -> Workspace {
        Workspace(path: nil, dossier: Dossier(name: name), readOnly: false, journal: nil, lock: nil)
    }

    // MARK: observers

    /// Tells `observer` of every change from now on.
    public func observe(_ observer: any WorkspaceObserver) {
        observers.append(observer)
    }

    /// Marks what an amendment touched and tells the observers.
    func touch(_ amendment: Amendment, _ cause: WorkspaceEvent.Cause) {
        for change in amendment.changes { touched[change.id] = change.kind }
        isDirty = true
        notify(WorkspaceEvent(cause: cause, changes: amendment.changes))
    }

    func notify(_ event: WorkspaceEvent) {
        for observer in observers { observer.workspace(self, changed: event) }
    }

    // MARK: amending

    /// A change set to build an amendment of the dossier as it is now.
    public func changeSet() -> ChangeSet { ChangeSet(dossier) }

    /// Applies a change set as one amendment: checked, journaled (durable), applied, then
    /// acknowledged. Only a `ChangeSet` is accepted, never a ready-made `Amendment`, so no
    /// amender (the planner included) can skip the schema. The set is checked against the state
    /// it is applied to, not the one it was built on: that is one look at each changed record,
    /// and a set made before another amendment cannot slip a broken reference in.
    /// Throws `ChangeSet.Refusal`, or the journal's `IOError` or `Diagnostic` (a value it cannot keep).
    @discardableResult
    public func amend(_ changes: ChangeSet, command: String, at: String, by: String) throws -> Amendment {
        let (amendment, next) = try changes.applied(to: dossier, command: command, at: at, by: by)
        try journaled(amendment)
        dossier = next
        amendments.append(amendment)
        undoStack.append(amendment)
        redoStack.removeAll()
        touch(amendment, .amended)
        return amendment
    }

    /// Appends to the journal (a new dossier without a file has none): it names the file on disk.
    private func journaled(_ amendment: Amendment) throws {
        guard let journal, let diskHash else { return }
        try journal.append(amendment, base: diskHash)
    }

    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    /// Takes the last amendment back; returns it. The inverse of a checked amendment needs no
    /// check: it restores a state that was valid.
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
        touch(inverse, .undone)
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
        touch(again, .redone)
        return next
    }
}
