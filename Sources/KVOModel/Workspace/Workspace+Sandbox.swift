/// The auditor's sandbox (`whatif on`): in a session that writes nothing (`--safe`, `--readonly`)
/// amendments may be tried in memory, to see what a change would do to the checks or the plan.
/// They go through the same `amend`, undo and redo as ever; what keeps them from disk is that such
/// a workspace has no journal and no lock, and that `save` refuses a sandbox whatever it is told.
/// Leaving the sandbox (or the session) throws every tried amendment away.
extension Workspace {
    /// Why the sandbox cannot be saved.
    static var sandboxRefusal: Refusal {
        Refusal(message: Message(en: "whatif: amendments tried in the sandbox are never saved",
                                 nl: "watals: wijzigingen die in de zandbak zijn geprobeerd, worden nooit bewaard"),
                hint: Message(en: "whatif off throws them away; to make them, start kvo without --safe and amend the dossier",
                              nl: "watals off gooit ze weg; om ze echt te maken, start kvo zonder --safe en wijzig het dossier"))
    }

    /// Starts trying amendments in memory. Only for a workspace that cannot write: one with a
    /// journal would make every tried amendment durable.
    public func startSandbox() throws {
        guard journal == nil, lock == nil else {
            throw Refusal(message: Message(en: "whatif is for sessions that write nothing (kvo --safe or --readonly)",
                                           nl: "watals is voor sessies die niets schrijven (kvo --safe of --readonly)"),
                          hint: Message(en: "in this session every amendment is real; undo takes one back",
                                        nl: "in deze sessie is elke wijziging echt; ongedaan draait er een terug"))
        }
        sandbox = true
    }

    /// Ends the sandbox: the dossier is as it was before the first tried amendment.
    public func endSandbox() {
        guard sandbox else { return }
        let tried = amendments.count
        dossier = saved
        amendments = []
        undoStack = []
        redoStack = []
        touched = [:]
        isDirty = false
        sandbox = false
        if tried > 0 { notify(WorkspaceEvent(cause: .reloaded, changes: [])) }
    }
}
