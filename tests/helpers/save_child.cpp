// For tst_storage's kill-while-saving test: saves two models alternately to
// one path until it is killed, printing "A" or "B" after each completed save.
// The parent hands the models over as documents it saved itself, so that
// they can carry anything the parent builds (scenarios too), not only what a
// generator shared by both processes can make.
//
// usage: weaklink_save_child PATH MODEL_A.weaklink MODEL_B.weaklink
#include "storage/storage.h"

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s PATH MODEL_A.weaklink MODEL_B.weaklink\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    wl::ReadResult documents[2];
    for (int i = 0; i < 2; ++i) {
        const wl::ReadResult r = wl::storage::load(QString::fromLocal8Bit(argv[2 + i]));
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", r.message().toLocal8Bit().constData());
            return 1;
        }
        documents[i] = r;
    }
    for (unsigned i = 0;; i ^= 1) {
        QString error;
        if (!wl::storage::save(*documents[i].model, documents[i].state, path, &error)) {
            std::fprintf(stderr, "%s\n", error.toLocal8Bit().constData());
            return 1;
        }
        std::printf("%c\n", i == 0 ? 'A' : 'B');
        std::fflush(stdout);
    }
}
