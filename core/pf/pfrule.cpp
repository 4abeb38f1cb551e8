#include "pfrule.h"

bool PfRule::isTranslation() const
{
    switch (action) {
    case Action::Nat:
    case Action::NoNat:
    case Action::Binat:
    case Action::NoBinat:
    case Action::Rdr:
    case Action::NoRdr:
        return true;
    default:
        return translation != TranslationKind::None;
    }
}

bool PfRule::isAnchorCall() const
{
    return action == Action::Anchor || action == Action::NatAnchor || action == Action::RdrAnchor
        || action == Action::BinatAnchor;
}
