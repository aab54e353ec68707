// The condition language's syntax tree. One node type, with the operator as an enum (as in
// cel-cpp); children are indices into the tree's node vector, so a tree is one allocation.
#pragma once

#include <string>
#include <vector>

namespace tenken::expr {

enum class Op {
  boolean,   // true / false / yes / no
  number,    // 3
  string,    // "same_server"
  name,      // backup.taken (or, in a call, the function name)
  list,      // [a, b]: children are the items
  call,      // days_since(x): text is the function, children the arguments
  and_, or_, not_,
  eq, ne, lt, le, gt, ge,
  in, contains,
};

const char* spelling(Op op);  // "and", "==", "in", ... for dumps and messages

struct AstNode {
  Op op = Op::boolean;
  size_t offset = 0;  // byte offset of the node's token in the expression text
  std::string text;   // name, string or call name
  double number = 0;
  bool boolean = false;
  std::vector<int> children;
};

struct Ast {
  std::vector<AstNode> nodes;
  int root = -1;

  // S-expression form for tests: (and backup.taken (== backup.location "same_server"))
  std::string dump() const;
  std::string dump(int node) const;
};

}  // namespace tenken::expr
