/// Something that derives facts from a workspace's dossier and keeps them while the dossier does
/// not change (the checks' cache): told of every change, so that it never serves a stale fact.
/// The workspace holds its observers for as long as it lives; they are told on the thread that
/// changes the workspace.
public protocol WorkspaceObserver: AnyObject {
    func workspace(_ workspace: Workspace, changed event: WorkspaceEvent)
}

/// One change to a workspace's dossier, as its observers are told of it.
public struct WorkspaceEvent: Sendable {
    public enum Cause: Sendable, Equatable {
        /// An amendment was applied (a command, an import, a vote, a plan).
        case amended
        case undone
        case redone
        /// Amendments a journal held were applied on opening.
        case replayed
        /// The file was read again: the dossier was replaced whole, and `changes` is empty.
        case reloaded
    }

    public let cause: Cause
    /// The changes as applied (for an undo: the inverse changes).
    public let changes: [Change]

    public init(cause: Cause, changes: [Change]) {
        self.cause = cause
        self.changes = changes
    }

    /// The kinds of record changed; every kind when the dossier was replaced (`reloaded`).
    public var kinds: Set<String> { Set(changes.map(\.kind)) }

    /// Whether anything derived from records of `kind` may be out of date.
    public func touches(_ kind: String) -> Bool { cause == .reloaded || changes.contains { $0.kind == kind } }
}
