/// Names for the rows of `label_statistics` and `type_statistics`.
enum Statistics {
    /// The row holding the count of all nodes (or all relationships); catalog IDs start at 1.
    static let allRows: Int64 = 0
}
