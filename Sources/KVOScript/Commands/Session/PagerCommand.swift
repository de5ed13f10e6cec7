import KVOModel

extension CommandSpec {
    static let pager = CommandSpec(
        name: "pager", group: .session, summary: Message(en: "page long output at the prompt, or not", nl: "lange uitvoer aan de prompt per scherm tonen, of niet"),
        syntax: [.word(PagerArguments.state, .choice(["on", "off"]))],
        example: "pager off",
        details: Message(
            en: "At the prompt, output longer than the screen goes through $PAGER (default: less -RFX); 'pager off' prints it straight through, as kvo --no-pager does from the start. Output to a pipe or file is never paged.",
            nl: "Aan de prompt gaat uitvoer die langer is dan het scherm door $PAGER (standaard: less -RFX); 'bladeren uit' drukt haar in één keer af, zoals kvo --no-pager vanaf het begin doet. Uitvoer naar een pijp of bestand wordt nooit per scherm getoond."),
        arguments: PagerArguments.self,
        run: { arguments, context in
            let state = arguments.state
            switch state.text {
            case "on": context.environment.setPager(true)
            case "off": context.environment.setPager(false)
            default:
                throw context.error(Message(en: "pager takes on or off, not '\(state.text)'", nl: "bladeren kent alleen on of off, niet '\(state.text)'"),
                                    at: state.location, length: state.length)
            }
        })
}

struct PagerArguments: CommandArguments {
    static let state = SlotName("state")
    let state: ParsedArguments.Word

    init(from a: ArgumentReader) throws(Diagnostic) { state = try a.word(Self.state) }
}
