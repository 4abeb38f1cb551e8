// jailwright-helper: the one program Jailwright runs as root (through doas).
// Until the apply transaction exists it refuses every verb, so an installed
// helper can never change a host by accident.
#include <nlohmann/json.hpp>

#include <array>
#include <iostream>
#include <string_view>

namespace {

constexpr std::array knownVerbs {std::string_view("snapshot"), std::string_view("apply"),
                                 std::string_view("confirm"),  std::string_view("rollback"),
                                 std::string_view("history"),  std::string_view("jail")};

int refuse(std::string_view verb, std::string_view why)
{
    nlohmann::json reply {{"ok", false}, {"verb", verb}, {"error", why}};
    std::cout << reply.dump() << '\n';
    std::cerr << "jailwright-helper: " << why << '\n';
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2)
        return refuse("", "usage: jailwright-helper VERB [ARGUMENTS]");
    const std::string_view verb = argv[1];
    for (const std::string_view known : knownVerbs) {
        if (verb == known)
            return refuse(verb, "this helper is a placeholder and carries out no verb yet");
    }
    return refuse(verb, "unknown verb");
}
