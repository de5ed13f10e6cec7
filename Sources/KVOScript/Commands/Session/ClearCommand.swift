import KVOModel

extension CommandSpec {
    static let clear = CommandSpec(
        name: "clear", group: .session, summary: Message(en: "clear the screen", nl: "het scherm leegmaken"),
        example: "clear",
        details: Message(en: "At the prompt it clears the terminal, as Ctrl-L does; in a script or a pipe it does nothing.",
                         nl: "Aan de prompt maakt het de terminal leeg, zoals Ctrl-L; in een script of pijp doet het niets."),
        arguments: NoArguments.self, run: { _, context in context.environment.clearScreen() })
}
