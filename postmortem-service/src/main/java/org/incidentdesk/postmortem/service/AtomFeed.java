package org.incidentdesk.postmortem.service;

import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.incidentdesk.platform.json.StorableText;
import org.incidentdesk.postmortem.config.PostmortemConfig;

/** The Atom feed of published reports (ROME), built from their public views only. */
@ApplicationScoped
public class AtomFeed {

    static final String PATH = "/api/public/postmortems";

    private final PublicPostmortems reports;
    private final PostmortemConfig config;

    public AtomFeed(PublicPostmortems reports, PostmortemConfig config) {
        this.reports = reports;
        this.config = config;
    }

    public String render() {
        String base = config.publicBaseUrl().replaceAll("/+$", "") + PATH;
        List<PublicPostmortems.PublicReport> published = reports.all();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(config.feedTitle());
        feed.setUri(base + "/feed");
        feed.setLinks(List.of(link(base + "/feed", "self"), link(base, "alternate")));
        feed.setPublishedDate(published.isEmpty() ? new Date(0) : Date.from(latestUpdate(published.get(0))));
        feed.setEntries(published.stream().map(report -> entry(report, base)).toList());
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("The Atom feed could not be written", e);
        }
    }

    private static SyndEntry entry(PublicPostmortems.PublicReport report, String base) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(StorableText.withoutUnstorable(report.title()));
        entry.setUri("urn:uuid:" + report.id());
        entry.setLink(base + "/" + report.id());
        entry.setPublishedDate(Date.from(report.publishedAt()));
        entry.setUpdatedDate(Date.from(latestUpdate(report)));
        entry.setAuthor("Incident Desk");
        if (report.content().summary() != null) {
            SyndContent summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(StorableText.withoutUnstorable(report.content().summary()));
            entry.setDescription(summary);
        }
        return entry;
    }

    private static java.time.Instant latestUpdate(PublicPostmortems.PublicReport report) {
        return report.updatedAt() != null && report.updatedAt().isAfter(report.publishedAt()) ? report.updatedAt()
                : report.publishedAt();
    }

    private static SyndLink link(String href, String rel) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        return link;
    }
}
