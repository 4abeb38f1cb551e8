#include "pfrangespec.h"

bool PfRangeSpec::contains(quint32 value) const
{
    switch (op) {
    case Op::None:
        return true;
    case Op::Equal:
        return value == low;
    case Op::NotEqual:
        return value != low;
    case Op::Less:
        return value < low;
    case Op::LessEqual:
        return value <= low;
    case Op::Greater:
        return value > low;
    case Op::GreaterEqual:
        return value >= low;
    case Op::Range:
        return value >= low && value <= high;
    case Op::Inside:
        return value > low && value < high;
    case Op::Outside:
        return value < low || value > high;
    }
    return false;
}
