/// `let`, `if` and `for` are parsed by the parser itself (they hold blocks and bind names);
/// their entries here give them help text and completion like every other command.
extension CommandSpec {
    static let letStatement = CommandSpec(
        name: "let", group: .language, summary: "set a variable",
        example: "let rate = 18 / 52", usage: "let NAME = VALUE", action: nil)

    static let ifStatement = CommandSpec(
        name: "if", group: .language, summary: "run lines only when a condition holds",
        example: "if count < 7\n  echo \"fewer than 7 goals\"\nelse\n  echo \"enough goals\"\nend",
        details: "The condition must be true or false. Any number of 'elif CONDITION' branches and one 'else' may follow; 'end' closes the block.",
        usage: "if CONDITION ... [elif CONDITION ...] [else ...] end", action: nil)

    static let forStatement = CommandSpec(
        name: "for", group: .language, summary: "run lines once for each item of a list",
        example: "for park in [\"Noord\", \"Zuid\"]\n  echo park\nend",
        details: "The variable keeps the last item after the loop. Loop over a string to get its characters, over range(1, 3) for numbers.",
        usage: "for NAME in LIST ... end", action: nil)
}
