import KVOModel

extension CommandSpec {
    static let whatIf = CommandSpec(
        name: "whatif", group: .session,
        summary: Message(en: "try amendments in memory in a session that writes nothing (--safe): never saved, gone at exit",
                         nl: "wijzigingen in het geheugen proberen in een sessie die niets schrijft (--safe): nooit bewaard, weg bij het stoppen"),
        syntax: [.word(SwitchArguments.state, .choice(["on", "off"]))],
        example: "whatif on",
        details: Message(
            en: "For the auditor: in a session started with --safe (or --readonly) 'whatif on' lets set, add, remove, vote, plan and the other amending commands change the dossier in memory, to see what the checks, the status or the plan would say. The prompt shows (whatif) meanwhile. Nothing can leave the session: save, export, report --out and > FILE stay refused, there is no journal, and at exit or with 'whatif off' every tried amendment is gone.",
            nl: "Voor de auditor: in een sessie die met --safe (of --readonly) begon, laat 'watals on' wijzig, voegtoe, verwijder, stem, plan en de andere wijzigende opdrachten het dossier in het geheugen veranderen, om te zien wat de controles, de stand of het plan dan zeggen. De prompt toont dan (whatif). Niets kan de sessie verlaten: bewaar, exporteren, rapport --out en > BESTAND blijven geweigerd, er is geen journaal, en bij het stoppen of met 'watals off' zijn alle geprobeerde wijzigingen weg."),
        arguments: SwitchArguments.self,
        run: { arguments, context in
            let state = arguments.state
            let w = try context.workspace()
            if try SwitchArguments.isOn(state, in: context) {
                let options = context.environment.options
                guard options.safe || options.readOnly || w.readOnly else {
                    throw context.error(Message(en: "whatif is for sessions that write nothing (kvo --safe or --readonly)",
                                                nl: "watals is voor sessies die niets schrijven (kvo --safe of --readonly)"),
                                        at: state.location, length: state.length,
                                        hint: Message(en: "in this session every amendment is real; undo takes one back",
                                                      nl: "in deze sessie is elke wijziging echt; ongedaan draait er een terug"))
                }
                do {
                    try w.startSandbox()
                } catch let refusal as Workspace.Refusal {
                    throw context.error(refusal.message, at: state.location, length: state.length, hint: refusal.hint)
                }
                context.say(Message(en: "whatif: amendments are tried in memory from now on; they are never saved and are gone at exit.\n",
                                    nl: "watals: wijzigingen worden vanaf nu in het geheugen geprobeerd; ze worden nooit bewaard en zijn weg bij het stoppen.\n"))
            } else {
                let tried = w.sandbox ? w.amendments.count : 0
                w.endSandbox()
                context.say(Message(en: "whatif off: \(tried) tried \(tried == 1 ? "amendment" : "amendments") thrown away.\n",
                                    nl: "watals uit: \(tried) geprobeerde \(tried == 1 ? "wijziging" : "wijzigingen") weggegooid.\n"))
            }
        })
}
