#pragma once

// One entry of icmp-type / icmp6-type: a type and an optional code.
struct PfIcmpType
{
    int type = 0;
    int code = -1; // -1: any code

    friend bool operator==(PfIcmpType, PfIcmpType) = default;
};
