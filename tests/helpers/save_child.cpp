// For tst_storage's kill-while-saving test: saves two generated models
// alternately to one path until it is killed, printing "A" or "B" after each
// completed save. The parent generates the same models from the same seeds.
//
// usage: weaklink_save_child PATH SEED_A SEED_B NODES EDGES ASSETS
#include "../testmodels.h"
#include "storage/storage.h"

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 7) {
        std::fprintf(stderr, "usage: %s PATH SEED_A SEED_B NODES EDGES ASSETS\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const auto number = [&](int i) { return QByteArray(argv[i]).toUInt(); };
    const int nodes = int(number(4));
    const int edges = int(number(5));
    const int assets = int(number(6));
    const wl::Model models[2] = { wl::test::generatedModel(number(2), nodes, edges, assets),
        wl::test::generatedModel(number(3), nodes, edges, assets) };
    for (unsigned i = 0;; i ^= 1) {
        QString error;
        if (!wl::storage::save(models[i], path, &error)) {
            std::fprintf(stderr, "%s\n", error.toLocal8Bit().constData());
            return 1;
        }
        std::printf("%c\n", i == 0 ? 'A' : 'B');
        std::fflush(stdout);
    }
}
