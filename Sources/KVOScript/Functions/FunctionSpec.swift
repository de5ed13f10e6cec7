import KVOModel

/// A built-in function: what `help NAME` shows and what a call runs.
public struct FunctionSpec: Sendable {
    public let name: String
    /// `round(X [, DIGITS])`
    public let signature: String
    public let summary: Message
    public let example: String
    public let arity: ClosedRange<Int>
    public let body: @Sendable (FunctionCall) throws -> Value
    /// The first argument may be a record kind's bare name: count(goals).
    public let takesKindName: Bool

    public init(_ name: String, _ signature: String, arity: ClosedRange<Int>, summary: Message, example: String,
                takesKindName: Bool = false, body: @escaping @Sendable (FunctionCall) throws -> Value) {
        self.takesKindName = takesKindName
        self.name = name
        self.signature = signature
        self.summary = summary
        self.example = example
        self.arity = arity
        self.body = body
    }


    var arityText: Message {
        let (low, high) = (arity.lowerBound, arity.upperBound)
        if low == high { return Noun(en: "argument", "arguments", nl: "argument", "argumenten").counted(low) }
        if high == Int.max { return Message(en: "at least \(low) arguments", nl: "minstens \(low) argumenten") }
        return Message(en: "\(low) to \(high) arguments", nl: "\(low) tot \(high) argumenten")
    }
}

/// The evaluated arguments of one call.
public struct FunctionCall {
    public let arguments: [Value]
    public let interpreter: Interpreter

    public subscript(_ i: Int) -> Value { i < arguments.count ? arguments[i] : .null }

    public func number(_ i: Int) throws -> Double {
        guard let n = self[i].numeric else { throw FunctionError(Message(en: "argument \(i + 1) must be a number, got ", nl: "argument \(i + 1) moet een getal zijn, niet ") + self[i].typeDescription,
                                                                argument: i) }
        return n
    }

    public func whole(_ i: Int) throws -> Int {
        let n = try number(i)
        guard n == n.rounded(), abs(n) < 1e15 else { throw FunctionError(Message(en: "argument \(i + 1) must be a whole number", nl: "argument \(i + 1) moet een geheel getal zijn"), argument: i) }
        return Int(n)
    }

    public func string(_ i: Int) throws -> String {
        guard case .string(let s) = self[i] else { throw FunctionError(Message(en: "argument \(i + 1) must be a string, got ", nl: "argument \(i + 1) moet een tekst zijn, niet ") + self[i].typeDescription,
                                                                          argument: i) }
        return s
    }

    public func list(_ i: Int) throws -> [Value] {
        guard case .list(let l) = self[i] else { throw FunctionError(Message(en: "argument \(i + 1) must be a list, got ", nl: "argument \(i + 1) moet een lijst zijn, niet ") + self[i].typeDescription,
                                                                        argument: i) }
        return l
    }
}

/// A function's complaint about its arguments; the evaluator adds where and which function.
public struct FunctionError: Error {
    public let message: Message
    /// Which argument to point at (0-based), if one.
    public let argument: Int?

    public init(_ message: Message, argument: Int? = nil) {
        self.message = message
        self.argument = argument
    }

}
