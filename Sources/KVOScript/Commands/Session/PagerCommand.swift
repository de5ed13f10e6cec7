import KVOModel

extension CommandSpec {
    static let pager = CommandSpec(
        name: "pager", group: .session, summary: Message(en: "page long output at the prompt, or not", nl: "lange uitvoer aan de prompt per scherm tonen, of niet"),
        syntax: [.word(SwitchArguments.state, .choice(["on", "off"]))],
        example: "pager off",
        details: Message(
            en: "At the prompt, output longer than the screen goes through $PAGER (default: less -RFX); 'pager off' prints it straight through, as kvo --no-pager does from the start. Output to a pipe or file is never paged.",
            nl: "Aan de prompt gaat uitvoer die langer is dan het scherm door $PAGER (standaard: less -RFX); 'bladeren uit' drukt haar in één keer af, zoals kvo --no-pager vanaf het begin doet. Uitvoer naar een pijp of bestand wordt nooit per scherm getoond."),
        arguments: SwitchArguments.self,
        run: { arguments, context in
            context.environment.setPager(try SwitchArguments.isOn(arguments.state, in: context))
        })
}
