package cn.ybfp.booklets.infrastructure;

import cn.ybfp.booklets.domain.Booklet;
import cn.ybfp.booklets.domain.BookletDraw;
import cn.ybfp.booklets.domain.DrawnBooklet;
import cn.ybfp.booklets.domain.Draws;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDraws implements Draws {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<BookletDraw> find(String county, YearMonth month) {
        return em.createQuery(
                        "select d from BookletDraw d where d.county = :county and d.month = :month", BookletDraw.class)
                .setParameter("county", county)
                .setParameter("month", month.toString())
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<BookletDraw> find(long id) {
        return Optional.ofNullable(em.find(BookletDraw.class, id));
    }

    @Override
    public List<BookletDraw> list(String countyPattern, int limit) {
        return em.createQuery(
                        "select d from BookletDraw d where d.county like :pattern order by d.month desc, d.county",
                        BookletDraw.class)
                .setParameter("pattern", countyPattern)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<DrawnBooklet> drawn(long drawId) {
        return em.createQuery(
                        "select d from DrawnBooklet d where d.drawId = :draw order by d.bookletNumber",
                        DrawnBooklet.class)
                .setParameter("draw", drawId)
                .getResultList();
    }

    @Override
    public Optional<DrawnBooklet> drawnBooklet(long id) {
        return Optional.ofNullable(em.find(DrawnBooklet.class, id));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void addInOwnTransaction(BookletDraw draw, List<Booklet> drawn) {
        em.persist(draw);
        em.flush(); // the draw's id for its booklets, and the unique key checked first
        drawn.forEach(booklet -> em.persist(new DrawnBooklet(draw, booklet)));
    }

    @Override
    public void flush() {
        em.flush();
    }
}
