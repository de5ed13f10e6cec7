import XCTest
@testable import KVOModel

final class JSONTests: XCTestCase {
    func testParsesEverything() throws {
        let v = try JSONParser.parse(#"{"a": [1, -2.5, 3e2, true, false, null], "s": "é\n\u00e9\ud83d\ude00", "o": {}}"#)
        XCTAssertEqual(v["a"], .array([.number(1), .number(-2.5), .number(300), .bool(true), .bool(false), .null]))
        XCTAssertEqual(v["s"], .string("é\né😀"))
        XCTAssertEqual(v["o"], .object([:]))
    }

    func testErrorsCarryLineAndColumn() {
        func failure(_ text: String) -> JSONError? {
            do { _ = try JSONParser.parse(text); return nil } catch { return error }
        }
        XCTAssertEqual(failure("{\n  \"a\": 1,\n}")?.message.en, "a comma before '}' is not allowed in JSON")
        XCTAssertEqual(failure("{\n  \"a\": 1,\n}").map { [$0.line, $0.column] }, [3, 1])
        XCTAssertEqual(failure("{\"naam\": 'x'}").map { [$0.line, $0.column] }, [1, 10])
        XCTAssertEqual(failure("{\"é\": tru}").map { [$0.line, $0.column] }, [1, 7])
        XCTAssertEqual(failure("[1, 2")?.message.en, "the list opened at 1:1 is not closed")
        XCTAssertEqual(failure("{\"a\": 1, \"a\": 2}")?.message.en, "the field \"a\" appears twice in this object")
        XCTAssertEqual(failure("07")?.message.en, "a number may not start with 0 (write 7, not 07)")
        XCTAssertEqual(failure("{} x")?.message.en, "unexpected text after the end of the document")
        XCTAssertEqual(failure("\"abc")?.message.en, "the string is not closed")
        XCTAssertEqual(failure(String(repeating: "[", count: 300))?.message.en, "nested deeper than 200 levels")
    }

    func testErrorsInDutch() {
        func failure(_ text: String) -> JSONError? {
            do { _ = try JSONParser.parse(text); return nil } catch { return error }
        }
        XCTAssertEqual(failure("[1, 2")?.message.nl, "de lijst die op 1:1 begint, wordt niet gesloten")
        XCTAssertEqual(failure("{\"a\": 1, \"a\": 2}")?.message.nl, "het veld \"a\" staat twee keer in dit object")
        XCTAssertEqual(failure("[1, }")?.message.en, "expected a value, found '}' (a comma too many?)")
        XCTAssertEqual(failure("[1, }")?.message.nl, "een waarde verwacht, maar '}' gevonden (een komma te veel?)")
        XCTAssertEqual(failure("{\"a\" 1}")?.message.nl, "':' verwacht na de veldnaam \"a\"")
    }

    func testWriterSortsAndIndents() throws {
        let v = JSONValue.object(["b": .array([.number(1), .string("x\"y")]), "a": .object([:]), "c": .number(2.5)])
        XCTAssertEqual(JSONWriter.string(v), "{\n  \"a\": {},\n  \"b\": [\n    1,\n    \"x\\\"y\"\n  ],\n  \"c\": 2.5\n}\n")
        XCTAssertEqual(try JSONWriter.compact(v), #"{"a":{},"b":[1,"x\"y"],"c":2.5}"#)
    }

    /// Strings copied in runs between escapes, and keys sorted as byte pairs, write what the
    /// byte-by-byte writer wrote (the reference below is that writer, and byte order of keys).
    func testEscapesAndKeyOrderMatchTheByteByByteWriter() {
        func reference(_ s: String) -> [UInt8] {
            var out: [UInt8] = [0x22]
            for b in s.utf8 {
                switch b {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += Array("\\n".utf8)
                case 0x0D: out += Array("\\r".utf8)
                case 0x09: out += Array("\\t".utf8)
                case 0..<0x20: out += Array(("\\u00" + String(b >> 4, radix: 16) + String(b & 15, radix: 16)).utf8)
                default: out.append(b)
                }
            }
            return out + [0x22]
        }
        let controls = String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self)
        let texts = ["", "plain", "\"", "\\", "a\"b\\c\nd", controls, "x" + controls + "y", "ë😀\u{7F}", "\n\n", "tail\t"]
        for t in texts {
            let written = JSONWriter.line(.string(t))
            XCTAssertEqual(Array(written.utf8), reference(t), t.debugDescription)
            XCTAssertEqual(try? JSONParser.parse(written), .string(t), t.debugDescription)
        }
        let keys = ["b", "a", "ab", "a b", "Z", "é", "ë", "", "😀", "aa", "a\u{0}"]
        let object = JSONValue.object(Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, .number(Double($0))) }))
        let order = keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let expected = "{" + order.map { "\(JSONWriter.line(.string($0))):\(keys.firstIndex(of: $0)!)" }.joined(separator: ",") + "}"
        XCTAssertEqual(JSONWriter.line(object), expected)
    }

    /// A document written in parts (`nested` at the part's depth) is the document written whole.
    func testNestedPartsMakeTheWholeDocument() {
        let item = JSONValue.object(["b": .array([.number(1), .object(["x": .string("y")])]), "a": .object([:]), "c": .array([])])
        let whole = JSONWriter.string(.object(["list": .array([item, item])]))
        let part = JSONWriter.nestedString(item, depth: 2)
        XCTAssertEqual(whole, "{\n  \"list\": [\n    " + part + ",\n    " + part + "\n  ]\n}\n")
        XCTAssertEqual(JSONWriter.nestedString(.number(.infinity), depth: 1), "null")
    }

    func testRoundTrip() throws {
        let text = "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": \"ë\\n\"\n}\n"
        XCTAssertEqual(JSONWriter.string(try JSONParser.parse(text)), text)
    }

    func testLocator() {
        let text = "{\n  \"parks\": [\n    {\"id\": \"P-1\"},\n    {\"id\": \"P-2\", \"entrepreneurs\": \"veel\"}\n  ]\n}"
        let at = JSONLocator.locate(JSONPath([.key("parks"), .index(1), .key("entrepreneurs")]), in: Array(text.utf8))
        XCTAssertEqual(at?.line, 4)
        XCTAssertEqual(at?.column, 36)
    }
}
