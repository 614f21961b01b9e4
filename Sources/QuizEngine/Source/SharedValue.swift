/// An immutable value kept in one shared box, so that a copy of what holds it counts one
/// reference instead of one per reference-counted field.
///
/// Claims and questions pass through indexes, sorts, de-duplication, generators and writers;
/// copied field by field, each copy was a dozen atomic increments. Equality and hashing are the
/// value's, with the shortcut that a box is equal to itself.
final class SharedValue<Value: Hashable & Sendable>: Hashable, Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }

    static func == (lhs: SharedValue, rhs: SharedValue) -> Bool {
        lhs === rhs || lhs.value == rhs.value
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}
