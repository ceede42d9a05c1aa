# The collections package: `from collections import Set` (also `from std.collections import ...`).
# List, Dict, Optional, Tuple and InlineArray are also in the prelude (transpiler/sema/prelude.cpp).

from .list import List
from .dict import Dict, DictEntry, KeyElement
from .set import Set
from .optional import Optional, OptionalReg
from .tuple import Tuple
from .inline_array import InlineArray, Array
from .deque import Deque
from .counter import Counter, CountTuple
