#pragma once

#include "api/idcard/IdCardReader.h"

#include <QList>

class QTimer;

namespace yc::plugins::idcard {

// A reader without hardware, for training mode and tests. Its "port" names the source of cards:
//  - empty: one built-in synthetic training card (测试甲);
//  - a JSON file: {"cards": [ {card JSON}, ... ]} or one card object (see CardText::fromJson);
//  - a raw read-reply frame file (as a GA/T 467 reader sends it), or a folder of such files (*.bin).
// Each readCard() serves the next card, in turn, after options["delayMs"] (default 300 ms).
class SimulatedReader final : public IdCardReader
{
    Q_OBJECT

public:
    explicit SimulatedReader(const ReaderConfig& config, QObject* parent = nullptr);
    ~SimulatedReader() override;

    void open() override;
    void close() override;
    void readCard(int timeoutMs) override;
    void setContinuous(bool enabled) override;

    // Loads the cards of a source (see above); an empty list and *error on failure.
    [[nodiscard]] static QList<RawCard> loadSource(const QString& source, QString* error);

private:
    void serve();

    ReaderConfig m_config;
    QList<RawCard> m_cards;
    qsizetype m_next = 0;
    QTimer* m_timer = nullptr;
    bool m_continuous = false;
};

} // namespace yc::plugins::idcard
