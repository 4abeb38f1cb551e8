#pragma once

#include <QtGlobal>

#include <limits>

// How an edited JailConfDocument relates to the one it was made from when only
// part of it was parsed again (JailConfDocument::edited()): the top-level items
// [firstItem, firstItem + oldItemCount) were replaced by [firstItem,
// firstItem + newItemCount), with their sections and statements likewise, and
// everything after them is the old tree moved by offsetDelta characters and
// lineDelta lines. Derived views use it to carry over what the edit did not touch.
struct JailConfDocumentChange
{
    int firstItem = 0;
    int oldItemCount = 0;
    int newItemCount = 0;
    int firstSection = 0;
    int oldSectionCount = 0;
    int newSectionCount = 0;
    int firstStatement = 0;
    int oldStatementCount = 0;
    int newStatementCount = 0;
    qsizetype offsetDelta = 0;
    // Old lines from firstMovedLine on moved by lineDelta; lines before it stayed.
    int firstMovedLine = std::numeric_limits<int>::max();
    int lineDelta = 0;
    // Every replaced and every new item is a section of a real jail (no
    // wildcard, no statement outside a section): the other jails' parameters
    // cannot have changed.
    bool onlyJailSections = false;
    // Some replaced or new item is an .include directive.
    bool touchesIncludes = false;

    int sectionDelta() const { return newSectionCount - oldSectionCount; }
    int statementDelta() const { return newStatementCount - oldStatementCount; }
    // The first old section / statement after the replaced ones.
    int oldSectionEnd() const { return firstSection + oldSectionCount; }
    int oldStatementEnd() const { return firstStatement + oldStatementCount; }
    // Where an old section or statement index after the replaced ones is now.
    int newSectionIndex(int oldIndex) const
    {
        return oldIndex >= oldSectionEnd() ? oldIndex + sectionDelta() : oldIndex;
    }
    int newStatementIndex(int oldIndex) const
    {
        return oldIndex >= oldStatementEnd() ? oldIndex + statementDelta() : oldIndex;
    }
    int newLine(int oldLine) const
    {
        return oldLine >= firstMovedLine ? oldLine + lineDelta : oldLine;
    }
};
