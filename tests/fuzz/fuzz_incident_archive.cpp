// SPDX-License-Identifier: GPL-3.0-or-later
// An incident JSON file (File › Import incident) through IncidentArchive::read. An archive that imports
// must export and import again to the same fold: that is how incidents move between machines.
#include "fuzzsupport.h"
#include "incidentarchive.h"

using namespace Warroom;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    WarroomFuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    IncidentArchive archive;
    Error error;
    if (!IncidentArchive::read(WarroomFuzz::bytes(data, size), &archive, &error))
        return 0;
    IncidentArchive again;
    if (!IncidentArchive::read(IncidentArchive::write(archive.incident(), archive.events()), &again, &error))
        WarroomFuzz::fail("an imported incident does not import again after export");
    if (again.events().size() != archive.events().size() || again.state().hash() != archive.state().hash())
        WarroomFuzz::fail("an imported incident changes through export");
    return 0;
}
