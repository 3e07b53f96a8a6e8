// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QSslConfiguration>
#include <QString>

namespace Warroom {

/// The TLS side of warroomd: reads the PEM certificate (chain) and private key named by --tls-cert and
/// --tls-key into the configuration every accepted connection gets.
bool loadTlsConfiguration(
    const QString &certFile, const QString &keyFile, QSslConfiguration *config, Error *error);

} // namespace Warroom
