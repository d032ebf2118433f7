#include "core/report/pptxwriter.h"
#include "tests/export/ziptestutil.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace iroi;
using namespace iroi::report;

namespace {

QByteArray samplePng(const QColor &color)
{
    QImage image(400, 225, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(40, 40, 320, 145, color);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

PptxDocument sampleDocument()
{
    PptxDocument doc;
    doc.title = QStringLiteral("Board pack");
    doc.author = QStringLiteral("Tester");
    PptxSlide first;
    first.title = QStringLiteral("Who drives revenue");
    first.images.push_back({{609600, 1143000, 7315200, 4114800}, samplePng(Qt::blue), {}, QStringLiteral("Bar chart")});
    first.textBoxes.push_back({{8229600, 1143000, 3352800, 4114800},
                               {QStringLiteral("Three of 12 advocates drove 58% of attributed revenue."),
                                QStringLiteral("Rock & roll <tags> \"quoted\"")},
                               16, false, true, 0x333333, std::nullopt, Qt::AlignLeft | Qt::AlignTop, {}});
    first.notes = QStringLiteral("Three of 12 advocates drove 58% of attributed revenue.\nSecond line");
    PptxSlide second;
    second.title = QStringLiteral("Where: channels");
    second.images.push_back({{609600, 1143000, 7315200, 4114800}, samplePng(Qt::red),
                             QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
                                               "<rect width=\"40\" height=\"20\" fill=\"red\"/></svg>"),
                             QStringLiteral("Channels")});
    PptxSlide third;
    third.title = QStringLiteral("KPIs");
    third.textBoxes.push_back({{609600, 1143000, 2743200, 1371600}, {QStringLiteral("€48,000"), QStringLiteral("Revenue")},
                               24, true, false, 0xFFFFFF, 0x2E6FD8, Qt::AlignCenter, QStringLiteral("Tile")});
    third.notes = QStringLiteral("KPI notes \x01 with a control character");
    doc.slides = {first, second, third};
    return doc;
}

QString resolve(const QString &relsPath, const QString &target)
{
    // "ppt/slides/_rels/slide1.xml.rels" + "../media/x.png" -> "ppt/media/x.png"
    QString base = relsPath.section(QLatin1Char('/'), 0, -3);
    if (relsPath == QLatin1String("_rels/.rels"))
        base.clear();
    const QString joined = base.isEmpty() ? target : base + QLatin1Char('/') + target;
    return QDir::cleanPath(joined);
}

QString findOffice()
{
    for (const QString &name : {QStringLiteral("libreoffice"), QStringLiteral("soffice")}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

} // namespace

class TstPptxWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void packageStructure()
    {
        const QString path = m_dir.filePath(QStringLiteral("deck.pptx"));
        const Status status = PptxWriter::write(sampleDocument(), path);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
        const auto zip = test::readZip(path);

        // Every XML part is well-formed.
        for (auto it = zip.begin(); it != zip.end(); ++it) {
            if (!it.key().endsWith(QLatin1String(".xml")) && !it.key().endsWith(QLatin1String(".rels"))
                && !it.key().endsWith(QLatin1String(".svg")))
                continue;
            QXmlStreamReader xml(it.value());
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(it.key() + QStringLiteral(": ") + xml.errorString()));
        }

        // Content types: every part has one (override or default by extension), every
        // override names an existing part.
        QMap<QString, QString> defaults;
        QSet<QString> overrides;
        QXmlStreamReader types(zip.value(QStringLiteral("[Content_Types].xml")));
        while (!types.atEnd()) {
            types.readNext();
            if (types.isStartElement() && types.name() == QLatin1String("Default"))
                defaults.insert(types.attributes().value(QLatin1String("Extension")).toString(),
                                types.attributes().value(QLatin1String("ContentType")).toString());
            if (types.isStartElement() && types.name() == QLatin1String("Override")) {
                const QString part = types.attributes().value(QLatin1String("PartName")).toString().mid(1);
                QVERIFY2(zip.contains(part), qPrintable(part));
                overrides.insert(part);
            }
        }
        QCOMPARE(defaults.value(QStringLiteral("png")), QStringLiteral("image/png"));
        QCOMPARE(defaults.value(QStringLiteral("svg")), QStringLiteral("image/svg+xml"));
        for (auto it = zip.begin(); it != zip.end(); ++it) {
            if (it.key() == QLatin1String("[Content_Types].xml"))
                continue;
            const QString ext = it.key().section(QLatin1Char('.'), -1);
            QVERIFY2(overrides.contains(it.key()) || defaults.contains(ext), qPrintable(it.key()));
            if (ext == QLatin1String("xml") && !it.key().startsWith(QLatin1String("[")))
                QVERIFY2(overrides.contains(it.key()), qPrintable(it.key())); // xml parts need a specific type
        }

        // Every relationship target exists; ids are unique per part.
        for (auto it = zip.begin(); it != zip.end(); ++it) {
            if (!it.key().endsWith(QLatin1String(".rels")))
                continue;
            QSet<QString> ids;
            QXmlStreamReader rels(it.value());
            while (!rels.atEnd()) {
                rels.readNext();
                if (!rels.isStartElement() || rels.name() != QLatin1String("Relationship"))
                    continue;
                const QString id = rels.attributes().value(QLatin1String("Id")).toString();
                QVERIFY(!ids.contains(id));
                ids.insert(id);
                const QString target = resolve(it.key(), rels.attributes().value(QLatin1String("Target")).toString());
                QVERIFY2(zip.contains(target), qPrintable(it.key() + QStringLiteral(" -> ") + target));
            }
        }

        // presentation.xml: slide ids >= 256 and unique, notes master listed, 16:9 size.
        const QByteArray presentation = zip.value(QStringLiteral("ppt/presentation.xml"));
        QXmlStreamReader pres(presentation);
        QList<qint64> slideIds;
        bool notesMaster = false;
        QString cx, cy;
        while (!pres.atEnd()) {
            pres.readNext();
            if (!pres.isStartElement())
                continue;
            if (pres.qualifiedName() == QLatin1String("p:sldId"))
                slideIds << pres.attributes().value(QLatin1String("id")).toLongLong();
            if (pres.qualifiedName() == QLatin1String("p:notesMasterId"))
                notesMaster = true;
            if (pres.qualifiedName() == QLatin1String("p:sldSz")) {
                cx = pres.attributes().value(QLatin1String("cx")).toString();
                cy = pres.attributes().value(QLatin1String("cy")).toString();
            }
        }
        QCOMPARE(slideIds.size(), 3);
        for (qint64 id : slideIds)
            QVERIFY(id >= 256);
        QCOMPARE(QSet<qint64>(slideIds.begin(), slideIds.end()).size(), 3);
        QVERIFY(notesMaster);
        QCOMPARE(cx, QStringLiteral("12192000"));
        QCOMPARE(cy, QStringLiteral("6858000"));

        // Notes pages for the slides that have notes, holding the findings; none for slide 2.
        QVERIFY(zip.contains(QStringLiteral("ppt/notesSlides/notesSlide1.xml")));
        QVERIFY(!zip.contains(QStringLiteral("ppt/notesSlides/notesSlide2.xml")));
        QVERIFY(zip.value(QStringLiteral("ppt/notesSlides/notesSlide1.xml"))
                    .contains("Three of 12 advocates drove 58% of attributed revenue."));
        QVERIFY(!zip.value(QStringLiteral("ppt/notesSlides/notesSlide3.xml")).contains('\x01'));
        QVERIFY(zip.value(QStringLiteral("ppt/slides/slide1.xml")).contains("Rock &amp; roll &lt;tags&gt;"));
        QVERIFY(zip.value(QStringLiteral("ppt/slides/slide2.xml")).contains("svgBlip"));
        QVERIFY(zip.contains(QStringLiteral("ppt/media/image1.png")));
        QVERIFY(zip.value(QStringLiteral("ppt/media/image1.png")).startsWith("\x89PNG"));
        // The content types part is the first entry, as readers expect.
        QuaZip raw(path);
        QVERIFY(raw.open(QuaZip::mdUnzip));
        QVERIFY(raw.goToFirstFile());
        QCOMPARE(raw.getCurrentFileName(), QStringLiteral("[Content_Types].xml"));
    }

    void rejectsNonPng()
    {
        PptxDocument doc = sampleDocument();
        doc.slides[0].images[0].png = QByteArrayLiteral("GIF89a");
        QVERIFY(!PptxWriter::write(doc, m_dir.filePath(QStringLiteral("bad.pptx"))).ok());
    }

    void opensInLibreOffice()
    {
        const QString office = findOffice();
        if (office.isEmpty())
            QSKIP("LibreOffice is not installed (apt-get install libreoffice-impress)");
        const QString path = m_dir.filePath(QStringLiteral("lo.pptx"));
        QVERIFY(PptxWriter::write(sampleDocument(), path).ok());
        QTemporaryDir profile;
        QProcess convert;
        convert.start(office, {QStringLiteral("-env:UserInstallation=file://") + profile.path(), QStringLiteral("--headless"),
                               QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                               m_dir.path(), path});
        QVERIFY(convert.waitForFinished(300000));
        QCOMPARE(convert.exitCode(), 0);
        const QString pdf = m_dir.filePath(QStringLiteral("lo.pdf"));
        QVERIFY2(QFile::exists(pdf), convert.readAllStandardError().constData());

        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(60000));
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(text);
        QVERIFY(match.hasMatch());
        QCOMPARE(match.captured(1).toInt(), 3);

        QProcess toText;
        toText.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(toText.waitForFinished(60000));
        const QString pdfText = QString::fromUtf8(toText.readAllStandardOutput());
        QVERIFY(pdfText.contains(QStringLiteral("Who drives revenue")));
        QVERIFY(pdfText.contains(QStringLiteral("€48,000")));
    }
};

QTEST_MAIN(TstPptxWriter)
#include "tst_pptxwriter.moc"
