// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QSslConfiguration>
#include <QString>

namespace Warroom {

/// The TLS side of warroomd: reads the PEM certificate (chain) and private key named by --tls-cert and
/// --tls-key into the configuration every accepted connection gets: TLS 1.2 or later, and for TLS 1.2 only
/// forward-secret AEAD suites. False, with @p error naming the file(s), when a file cannot be read or the key
/// is not the certificate's.
bool loadTlsConfiguration(
    const QString &certFile, const QString &keyFile, QSslConfiguration *config, Error *error);

} // namespace Warroom
