import KVOModel

/// `let`, `if` and `for` are parsed by the parser itself (they hold blocks and bind names);
/// their entries here give them help text and completion like every other command.
extension CommandSpec {
    static let letStatement = CommandSpec(
        statement: "let", group: .language, summary: Message(en: "set a variable", nl: "een variabele een waarde geven"),
        example: "let rate = 18 / 52", usage: "let NAME = VALUE")

    static let ifStatement = CommandSpec(
        statement: "if", group: .language, summary: Message(en: "run lines only when a condition holds", nl: "regels alleen uitvoeren als een voorwaarde geldt"),
        example: "if count < 7\n  echo \"minder dan 7 doelen\"\nelse\n  echo \"genoeg doelen\"\nend",
        details: Message(en: "The condition must be true or false. Any number of 'elif CONDITION' branches and one 'else' may follow; 'end' closes the block.",
                         nl: "De voorwaarde moet waar of onwaar zijn. Er mogen 'elif VOORWAARDE'-takken volgen en één 'else'; 'end' sluit het blok af."),
        usage: "if CONDITION ... [elif CONDITION ...] [else ...] end")

    static let forStatement = CommandSpec(
        statement: "for", group: .language, summary: Message(en: "run lines once for each item of a list", nl: "regels één keer uitvoeren voor elk element van een lijst"),
        example: "for park in [\"Noord\", \"Zuid\"]\n  echo park\nend",
        details: Message(en: "The variable keeps the last item after the loop. Loop over a string to get its characters, over range(1, 3) for numbers.",
                         nl: "Na de lus houdt de variabele het laatste element. Loop over een tekst voor de tekens ervan, over range(1, 3) voor getallen."),
        usage: "for NAME in LIST ... end")
}
