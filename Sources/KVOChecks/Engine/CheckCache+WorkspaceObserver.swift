import KVOModel

/// The cache follows the workspace it is registered with (the interpreter registers one per open
/// dossier): an amendment, undo, redo or replay updates the facts it touches, a reload forgets them.
extension CheckCache: WorkspaceObserver {
    package func workspace(_ workspace: Workspace, changed event: WorkspaceEvent) {
        if event.cause == .reloaded {
            reset()
        } else {
            update(with: event.changes)
        }
    }
}
